from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.unit_conversion import UnitConversion


T = TypeVar("T", bound="Unit")


@_attrs_define
class Unit(AdditionalProperties):
    """Unit: This represents a standard measure of a given quantity.

    Examples:

    - Temperature: Degrees Celsius, Degrees Fahrenheit

    - Pressure: Bar, Psi

        Attributes:
            external_id (str): Unique identifier of the unit. Usually in a form of unit_quantity_name:unit_name Example:
                temperature:deg_c.
            name (str): A compact name of the unit. Example: DEG_C.
            long_name (str): A more verbose name of the unit. Example: degree Celsius.
            symbol (str): The symbol for the unit. Example: °C.
            alias_names (list[str]): A list of alternative aliases (names) for the unit. Example: ['°C', 'C', 'deg C',
                'degC', 'DegC'].
            quantity (str): Specifies the physical quantity the unit measures. Example: Temperature.
            conversion (UnitConversion):
            source (None | str | Unset): Source of the unit specification Example: qudt.org.
            source_reference (None | str | Unset): Reference to the source of the unit specification Example:
                http://qudt.org/vocab/unit/DEG_C.
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "longName": "s",
        "symbol": "s",
        "aliasNames": ("l", "s"),
        "quantity": "s",
        "conversion": ("m", "UnitConversion"),
        "source": ("u", ("s", None)),
        "sourceReference": ("u", ("s", None)),
    }
    _REQUIRED = ("externalId", "name", "longName", "symbol", "aliasNames", "quantity", "conversion")

    external_id: str
    name: str
    long_name: str
    symbol: str
    alias_names: list[str]
    quantity: str
    conversion: UnitConversion
    source: None | str | Unset = UNSET
    source_reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        long_name = self.long_name

        symbol = self.symbol

        alias_names = self.alias_names

        quantity = self.quantity

        conversion = self.conversion.to_dict()

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_reference: None | str | Unset
        if isinstance(self.source_reference, Unset):
            source_reference = UNSET
        else:
            source_reference = self.source_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
                "longName": long_name,
                "symbol": symbol,
                "aliasNames": alias_names,
                "quantity": quantity,
                "conversion": conversion,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if source_reference is not UNSET:
            field_dict["sourceReference"] = source_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_conversion import UnitConversion  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        long_name = d.pop("longName")

        symbol = d.pop("symbol")

        alias_names = cast(list[str], d.pop("aliasNames"))

        quantity = d.pop("quantity")

        conversion = UnitConversion.from_dict(d.pop("conversion"))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_source_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_reference = _parse_source_reference(d.pop("sourceReference", UNSET))

        unit = cls(
            external_id=external_id,
            name=name,
            long_name=long_name,
            symbol=symbol,
            alias_names=alias_names,
            quantity=quantity,
            conversion=conversion,
            source=source,
            source_reference=source_reference,
        )

        unit.additional_properties = d
        return unit
