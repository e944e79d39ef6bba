from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sequences_prefix_aggregate_filter_prefix import SequencesPrefixAggregateFilterPrefix


T = TypeVar("T", bound="SequencesPrefixAggregateFilter")


@_attrs_define
class SequencesPrefixAggregateFilter:
    """
    Attributes:
        prefix (SequencesPrefixAggregateFilterPrefix): Matches intermediate aggregation results where the property key
            or the property value begins with
            the given text. When the `aggregate` operation is `uniqueProperties` or `cardinalityProperties`,
            property _keys_ will be targeted; when it is `uniqueValues` or `cardinalityValues`, property
            _values_ will be targeted.
    """

    _FIT = {"prefix": ("m", "SequencesPrefixAggregateFilterPrefix")}
    _REQUIRED = ("prefix",)

    prefix: SequencesPrefixAggregateFilterPrefix
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
        from ..models.sequences_prefix_aggregate_filter_prefix import SequencesPrefixAggregateFilterPrefix  # noqa: PLC0415

        d = dict(src_dict)
        prefix = SequencesPrefixAggregateFilterPrefix.from_dict(d.pop("prefix"))

        sequences_prefix_aggregate_filter = cls(
            prefix=prefix,
        )

        sequences_prefix_aggregate_filter.additional_properties = d
        return sequences_prefix_aggregate_filter

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
