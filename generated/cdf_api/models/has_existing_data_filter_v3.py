from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="HasExistingDataFilterV3")


@_attrs_define
class HasExistingDataFilterV3(AdditionalProperties):
    """
    Attributes:
        has_data (list[ContainerReference | ViewReference]): Matches instances that have data in the referenced views or
            containers.
    """

    _FIT = {"hasData": ("l", ("u", (("m", "ViewReference"), ("m", "ContainerReference"))))}
    _REQUIRED = ("hasData",)

    has_data: list[ContainerReference | ViewReference]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_data = []
        for has_data_item_data in self.has_data:
            has_data_item: dict[str, Any]
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
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        has_data = []
        _has_data = d.pop("hasData")
        for has_data_item_data in _has_data:

            def _parse_has_data_item(data: object) -> ContainerReference | ViewReference:
                return parse_best(data, (ViewReference, ContainerReference))

            has_data_item = _parse_has_data_item(has_data_item_data)

            has_data.append(has_data_item)

        has_existing_data_filter_v3 = cls(
            has_data=has_data,
        )

        has_existing_data_filter_v3.additional_properties = d
        return has_existing_data_filter_v3
