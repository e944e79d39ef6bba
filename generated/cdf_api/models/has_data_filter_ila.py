from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference


T = TypeVar("T", bound="HasDataFilterIla")


@_attrs_define
class HasDataFilterIla(AdditionalProperties):
    """
    Attributes:
        has_data (list[ContainerReference]): Matches records where data is present in the referenced containers.
    """

    _FIT = {"hasData": ("l", ("m", "ContainerReference"))}
    _REQUIRED = ("hasData",)

    has_data: list[ContainerReference]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_data = []
        for has_data_item_data in self.has_data:
            has_data_item = has_data_item_data.to_dict()
            has_data.append(has_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasData": has_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415

        d = dict(src_dict)
        has_data = []
        _has_data = d.pop("hasData")
        for has_data_item_data in _has_data:
            has_data_item = ContainerReference.from_dict(has_data_item_data)

            has_data.append(has_data_item)

        has_data_filter_ila = cls(
            has_data=has_data,
        )

        has_data_filter_ila.additional_properties = d
        return has_data_filter_ila
