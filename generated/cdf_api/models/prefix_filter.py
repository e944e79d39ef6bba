from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.prefix_filter_prefix import PrefixFilterPrefix


T = TypeVar("T", bound="PrefixFilter")


@_attrs_define
class PrefixFilter(AdditionalProperties):
    """
    Attributes:
        prefix (PrefixFilterPrefix): Matches items that contain a specific prefix in the provided property.
    """

    _FIT = {"prefix": ("m", "PrefixFilterPrefix")}
    _REQUIRED = ("prefix",)

    prefix: PrefixFilterPrefix
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
        from ..models.prefix_filter_prefix import PrefixFilterPrefix  # noqa: PLC0415

        d = dict(src_dict)
        prefix = PrefixFilterPrefix.from_dict(d.pop("prefix"))

        prefix_filter = cls(
            prefix=prefix,
        )

        prefix_filter.additional_properties = d
        return prefix_filter
