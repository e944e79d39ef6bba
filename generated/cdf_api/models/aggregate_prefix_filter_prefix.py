from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.string_value import StringValue


T = TypeVar("T", bound="AggregatePrefixFilterPrefix")


@_attrs_define
class AggregatePrefixFilterPrefix(AdditionalProperties):
    """Matches aggregate values that contain a specific prefix.

    Attributes:
        value (StringValue): A unique string value in the field.
    """

    _FIT = {"value": ("m", "StringValue")}
    _REQUIRED = ("value",)

    value: StringValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.string_value import StringValue  # noqa: PLC0415

        d = dict(src_dict)
        value = StringValue.from_dict(d.pop("value"))

        aggregate_prefix_filter_prefix = cls(
            value=value,
        )

        aggregate_prefix_filter_prefix.additional_properties = d
        return aggregate_prefix_filter_prefix
