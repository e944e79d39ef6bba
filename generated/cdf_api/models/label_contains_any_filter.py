from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.label import Label


T = TypeVar("T", bound="LabelContainsAnyFilter")


@_attrs_define
class LabelContainsAnyFilter(AdditionalProperties):
    """
    Attributes:
        contains_any (list[Label]): The resource item contains at least one of the listed labels.
    """

    _FIT = {"containsAny": ("l", ("m", "Label"))}
    _REQUIRED = ("containsAny",)

    contains_any: list[Label]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contains_any = []
        for contains_any_item_data in self.contains_any:
            contains_any_item = contains_any_item_data.to_dict()
            contains_any.append(contains_any_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containsAny": contains_any,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        contains_any = []
        _contains_any = d.pop("containsAny")
        for contains_any_item_data in _contains_any:
            contains_any_item = Label.from_dict(contains_any_item_data)

            contains_any.append(contains_any_item)

        label_contains_any_filter = cls(
            contains_any=contains_any,
        )

        label_contains_any_filter.additional_properties = d
        return label_contains_any_filter
