from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_filter_view_represents_entity import LocationFilterViewRepresentsEntity
from ..types import AdditionalProperties

T = TypeVar("T", bound="LocationFilterView")


@_attrs_define
class LocationFilterView(AdditionalProperties):
    """The view mappings for the location filter

    Attributes:
        external_id (str): The external ID of the view
        space (str): The space that the view belongs to
        version (str): The version of the view
        represents_entity (LocationFilterViewRepresentsEntity):
    """

    _FIT = {"externalId": "s", "space": "s", "version": "s", "representsEntity": "s"}
    _REQUIRED = ("externalId", "space", "version", "representsEntity")

    external_id: str
    space: str
    version: str
    represents_entity: LocationFilterViewRepresentsEntity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        space = self.space

        version = self.version

        represents_entity = self.represents_entity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "space": space,
                "version": version,
                "representsEntity": represents_entity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        space = d.pop("space")

        version = d.pop("version")

        represents_entity = LocationFilterViewRepresentsEntity(d.pop("representsEntity"))

        location_filter_view = cls(
            external_id=external_id,
            space=space,
            version=version,
            represents_entity=represents_entity,
        )

        location_filter_view.additional_properties = d
        return location_filter_view
