from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.asset_metadata import AssetMetadata
    from ..models.geo_location import GeoLocation
    from ..models.label import Label


T = TypeVar("T", bound="DataExternalAssetItem")


@_attrs_define
class DataExternalAssetItem(AdditionalProperties):
    """
    Attributes:
        name (str): The name of the asset.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        parent_id (int | Unset): A server-generated ID for the object.
        parent_external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        description (str | Unset): The description of the asset.
        data_set_id (int | Unset): A server-generated ID for the object.
        metadata (AssetMetadata | Unset): Custom, application specific metadata. String key -> String value. Limits:
            Maximum length of key is 128 bytes, value 10240 bytes, up to 256 key-value pairs, of total size at most 10240.
        source (str | Unset): The source of the asset.
        labels (list[Label] | Unset): A list of the labels associated with this resource item.
        geo_location (GeoLocation | Unset): Geographic metadata.
    """

    _FIT = {
        "name": "s",
        "externalId": "s",
        "parentId": "i",
        "parentExternalId": "s",
        "description": "s",
        "dataSetId": "i",
        "metadata": ("m", "AssetMetadata"),
        "source": "s",
        "labels": ("l", ("m", "Label")),
        "geoLocation": ("m", "GeoLocation"),
    }
    _REQUIRED = ("name",)

    name: str
    external_id: str | Unset = UNSET
    parent_id: int | Unset = UNSET
    parent_external_id: str | Unset = UNSET
    description: str | Unset = UNSET
    data_set_id: int | Unset = UNSET
    metadata: AssetMetadata | Unset = UNSET
    source: str | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    geo_location: GeoLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_id = self.external_id

        parent_id = self.parent_id

        parent_external_id = self.parent_external_id

        description = self.description

        data_set_id = self.data_set_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        source = self.source

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for componentsschemas_label_list_item_data in self.labels:
                componentsschemas_label_list_item = componentsschemas_label_list_item_data.to_dict()
                labels.append(componentsschemas_label_list_item)

        geo_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_location, Unset):
            geo_location = self.geo_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if parent_external_id is not UNSET:
            field_dict["parentExternalId"] = parent_external_id
        if description is not UNSET:
            field_dict["description"] = description
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source is not UNSET:
            field_dict["source"] = source
        if labels is not UNSET:
            field_dict["labels"] = labels
        if geo_location is not UNSET:
            field_dict["geoLocation"] = geo_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_metadata import AssetMetadata  # noqa: PLC0415
        from ..models.geo_location import GeoLocation  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        external_id = d.pop("externalId", UNSET)

        parent_id = d.pop("parentId", UNSET)

        parent_external_id = d.pop("parentExternalId", UNSET)

        description = d.pop("description", UNSET)

        data_set_id = d.pop("dataSetId", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: AssetMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AssetMetadata.from_dict(_metadata)

        source = d.pop("source", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[Label] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for componentsschemas_label_list_item_data in _labels:
                componentsschemas_label_list_item = Label.from_dict(componentsschemas_label_list_item_data)

                labels.append(componentsschemas_label_list_item)

        _geo_location = d.pop("geoLocation", UNSET)
        geo_location: GeoLocation | Unset
        if isinstance(_geo_location, Unset):
            geo_location = UNSET
        else:
            geo_location = GeoLocation.from_dict(_geo_location)

        data_external_asset_item = cls(
            name=name,
            external_id=external_id,
            parent_id=parent_id,
            parent_external_id=parent_external_id,
            description=description,
            data_set_id=data_set_id,
            metadata=metadata,
            source=source,
            labels=labels,
            geo_location=geo_location,
        )

        data_external_asset_item.additional_properties = d
        return data_external_asset_item
