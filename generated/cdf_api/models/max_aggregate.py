from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.max_aggregate_max import MaxAggregateMax


T = TypeVar("T", bound="MaxAggregate")


@_attrs_define
class MaxAggregate:
    """
    Attributes:
        max_ (MaxAggregateMax): The function will calculate, and return, the highest - max - value for the property.
    """

    _FIT = {"max": ("m", "MaxAggregateMax")}
    _REQUIRED = ("max",)

    max_: MaxAggregateMax
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.max_aggregate_max import MaxAggregateMax  # noqa: PLC0415

        d = dict(src_dict)
        max_ = MaxAggregateMax.from_dict(d.pop("max"))

        max_aggregate = cls(
            max_=max_,
        )

        max_aggregate.additional_properties = d
        return max_aggregate

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
