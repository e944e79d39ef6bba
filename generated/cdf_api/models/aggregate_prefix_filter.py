from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.aggregate_prefix_filter_prefix import AggregatePrefixFilterPrefix


T = TypeVar("T", bound="AggregatePrefixFilter")


@_attrs_define
class AggregatePrefixFilter(AdditionalProperties):
    """
    Attributes:
        prefix (AggregatePrefixFilterPrefix): Matches aggregate values that contain a specific prefix.
    """

    _FIT = {"prefix": ("m", "AggregatePrefixFilterPrefix")}
    _REQUIRED = ("prefix",)

    prefix: AggregatePrefixFilterPrefix
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
        from ..models.aggregate_prefix_filter_prefix import AggregatePrefixFilterPrefix  # noqa: PLC0415

        d = dict(src_dict)
        prefix = AggregatePrefixFilterPrefix.from_dict(d.pop("prefix"))

        aggregate_prefix_filter = cls(
            prefix=prefix,
        )

        aggregate_prefix_filter.additional_properties = d
        return aggregate_prefix_filter
