from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.record_target_units_properties import RecordTargetUnitsProperties
    from ..models.record_target_units_unit_system_name import RecordTargetUnitsUnitSystemName


T = TypeVar("T", bound="RecordTargetUnits")


@_attrs_define
class RecordTargetUnits(AdditionalProperties):
    """
    Attributes:
        target_units (RecordTargetUnitsProperties | RecordTargetUnitsUnitSystemName | Unset): **NB!** This parameter
            requires an **alpha** header to use.

            Properties to convert to another unit. The API can only convert to another unit,
            if a unit has been defined as part of the type on the underlying container being queried.

            Use `unitSystemName` to convert all properties to the target unit system without
            specifying each property individually.

            **NB!** Unit conversion is applied to both the response and the request. For example, let's assume
            there is a `temperature` property with its unit defined as `temperature:deg_c`. If
            one requests conversion of this property to `temperature:k` unit,
            then all values of this property in response will be converted to Kelvin.
            But also **all** values of this property in request (e.g. in a `filter`)
            are expected to be provided in Kelvin.
    """

    _FIT = {"targetUnits": ("u", (("m", "RecordTargetUnitsUnitSystemName"), ("m", "RecordTargetUnitsProperties")))}
    _REQUIRED = ()

    target_units: RecordTargetUnitsProperties | RecordTargetUnitsUnitSystemName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_units: dict[str, Any] | Unset
        if isinstance(self.target_units, Unset):
            target_units = UNSET
        else:
            target_units = self.target_units.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_units is not UNSET:
            field_dict["targetUnits"] = target_units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_target_units_properties import RecordTargetUnitsProperties  # noqa: PLC0415
        from ..models.record_target_units_unit_system_name import RecordTargetUnitsUnitSystemName  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_target_units(data: object) -> RecordTargetUnitsProperties | RecordTargetUnitsUnitSystemName | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (RecordTargetUnitsUnitSystemName, RecordTargetUnitsProperties))

        target_units = _parse_target_units(d.pop("targetUnits", UNSET))

        record_target_units = cls(
            target_units=target_units,
        )

        record_target_units.additional_properties = d
        return record_target_units
