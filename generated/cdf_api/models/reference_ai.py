from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.instance_id_ai import InstanceIdAI
    from ..models.location_ai import LocationAI


T = TypeVar("T", bound="ReferenceAI")


@_attrs_define
class ReferenceAI(AdditionalProperties):
    """
    Attributes:
        file_id (int): The ID of the file.
        file_name (str): The name of the file.
        locations (list[LocationAI]): The locations in the document that contain the relevant text.
        external_id (str | Unset): The external ID of the file.
        instance_id (InstanceIdAI | Unset):
    """

    _FIT = {
        "fileId": "i",
        "fileName": "s",
        "locations": ("l", ("m", "LocationAI")),
        "externalId": "s",
        "instanceId": ("m", "InstanceIdAI"),
    }
    _REQUIRED = ("fileId", "fileName", "locations")

    file_id: int
    file_name: str
    locations: list[LocationAI]
    external_id: str | Unset = UNSET
    instance_id: InstanceIdAI | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        external_id = self.external_id

        instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_id, Unset):
            instance_id = self.instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "fileName": file_name,
                "locations": locations,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_id_ai import InstanceIdAI  # noqa: PLC0415
        from ..models.location_ai import LocationAI  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("fileId")

        file_name = d.pop("fileName")

        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = LocationAI.from_dict(locations_item_data)

            locations.append(locations_item)

        external_id = d.pop("externalId", UNSET)

        _instance_id = d.pop("instanceId", UNSET)
        instance_id: InstanceIdAI | Unset
        if isinstance(_instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = InstanceIdAI.from_dict(_instance_id)

        reference_ai = cls(
            file_id=file_id,
            file_name=file_name,
            locations=locations,
            external_id=external_id,
            instance_id=instance_id,
        )

        reference_ai.additional_properties = d
        return reference_ai
