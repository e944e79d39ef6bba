from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.label import Label


T = TypeVar("T", bound="DocumentFilterEqualsEquals")


@_attrs_define
class DocumentFilterEqualsEquals(AdditionalProperties):
    """Matches items that contain the exact value in the provided property.

    Example:
        {'property': ['type'], 'value': 'PDF'}

    Attributes:
        property_ (list[str]): Property you wish to filter. It's a list of strings to allow specifying nested
            properties.
            For example, If you have the object `{"foo": {"../bar": "baz"}, "bar": 123}`, you can refer to the nested
            property as `["foo", "../bar"]` and the un-nested one as `["bar"]`.
             Example: ['sourceFile', 'name'].
        value (bool | CogniteInstanceId | float | Label | str): Value you wish to find in the provided property.
    """

    _FIT = {"property": ("l", "s"), "value": ("u", ("s", "n", "b", ("m", "Label"), ("m", "CogniteInstanceId")))}
    _REQUIRED = ("property", "value")

    property_: list[str]
    value: bool | CogniteInstanceId | float | Label | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        property_ = self.property_

        value: bool | dict[str, Any] | float | str
        if isinstance(self.value, Label):
            value = self.value.to_dict()
        elif isinstance(self.value, CogniteInstanceId):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        def _parse_value(data: object) -> bool | CogniteInstanceId | float | Label | str:
            _parsed = parse_best(data, (Label, CogniteInstanceId), strict=False)
            if _parsed is not None:
                return _parsed
            return cast(bool | CogniteInstanceId | float | Label | str, data)

        value = _parse_value(d.pop("value"))

        document_filter_equals_equals = cls(
            property_=property_,
            value=value,
        )

        document_filter_equals_equals.additional_properties = d
        return document_filter_equals_equals
