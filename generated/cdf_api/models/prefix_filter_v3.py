from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.prefix_filter_v3_prefix import PrefixFilterV3Prefix


T = TypeVar("T", bound="PrefixFilterV3")


@_attrs_define
class PrefixFilterV3(AdditionalProperties):
    """
    Attributes:
        prefix (PrefixFilterV3Prefix): Matches items that have the prefix in the identified property. This filter is
            only supported for single value text properties.
    """

    _FIT = {"prefix": ("m", "PrefixFilterV3Prefix")}
    _REQUIRED = ("prefix",)

    prefix: PrefixFilterV3Prefix
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prefix": prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prefix_filter_v3_prefix import PrefixFilterV3Prefix  # noqa: PLC0415

        d = dict(src_dict)
        prefix = PrefixFilterV3Prefix.from_dict(d.pop("prefix"))

        prefix_filter_v3 = cls(
            prefix=prefix,
        )

        prefix_filter_v3.additional_properties = d
        return prefix_filter_v3
