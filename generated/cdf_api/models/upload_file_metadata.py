from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.files_metadata_field import FilesMetadataField
    from ..models.geo_location import GeoLocation
    from ..models.instance_id import InstanceId
    from ..models.label import Label


T = TypeVar("T", bound="UploadFileMetadata")


@_attrs_define
class UploadFileMetadata(AdditionalProperties):
    """
    Attributes:
        name (str): Name of the file.
        id (int): A server-generated ID for the object.
        uploaded (bool): Whether or not the actual file is uploaded. This field is returned only by the API, it has no
            effect in a post body. Example: True.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        upload_url (str): The URL where the file contents should be uploaded.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        directory (str | Unset): Directory containing the file. Must be an absolute, unix-style path.
        source (str | Unset): The source of the file.
        mime_type (str | Unset): File type. E.g. text/plain, application/pdf, .. Example: image/jpeg.
        metadata (FilesMetadataField | Unset): Custom, application specific metadata. String key -> String value.
            Limits: Maximum length of key is 128 bytes, value 10240 bytes, up to 256 key-value pairs, of total size at most
            10240.
        asset_ids (list[int] | Unset):
        data_set_id (int | Unset): The dataSet Id for the item.
        source_created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        source_modified_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        security_categories (list[int] | Unset): The security category IDs required to access this file.
        labels (list[Label] | Unset): A list of the labels associated with this resource item.
        geo_location (GeoLocation | Unset): Geographic metadata.
        uploaded_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        instance_id (InstanceId | Unset):
    """

    _FIT = {
        "name": "s",
        "id": "i",
        "uploaded": "b",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "uploadUrl": "s",
        "externalId": "s",
        "directory": "s",
        "source": "s",
        "mimeType": "s",
        "metadata": ("m", "FilesMetadataField"),
        "assetIds": ("l", "i"),
        "dataSetId": "i",
        "sourceCreatedTime": "i",
        "sourceModifiedTime": "i",
        "securityCategories": ("l", "i"),
        "labels": ("l", ("m", "Label")),
        "geoLocation": ("m", "GeoLocation"),
        "uploadedTime": "i",
        "instanceId": ("m", "InstanceId"),
    }
    _REQUIRED = ("name", "id", "uploaded", "createdTime", "lastUpdatedTime", "uploadUrl")

    name: str
    id: int
    uploaded: bool
    created_time: int
    last_updated_time: int
    upload_url: str
    external_id: str | Unset = UNSET
    directory: str | Unset = UNSET
    source: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    metadata: FilesMetadataField | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    data_set_id: int | Unset = UNSET
    source_created_time: int | Unset = UNSET
    source_modified_time: int | Unset = UNSET
    security_categories: list[int] | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    geo_location: GeoLocation | Unset = UNSET
    uploaded_time: int | Unset = UNSET
    instance_id: InstanceId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        uploaded = self.uploaded

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        upload_url = self.upload_url

        external_id = self.external_id

        directory = self.directory

        source = self.source

        mime_type = self.mime_type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        data_set_id = self.data_set_id

        source_created_time = self.source_created_time

        source_modified_time = self.source_modified_time

        security_categories: list[int] | Unset = UNSET
        if not isinstance(self.security_categories, Unset):
            security_categories = self.security_categories

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for componentsschemas_label_list_item_data in self.labels:
                componentsschemas_label_list_item = componentsschemas_label_list_item_data.to_dict()
                labels.append(componentsschemas_label_list_item)

        geo_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_location, Unset):
            geo_location = self.geo_location.to_dict()

        uploaded_time = self.uploaded_time

        instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_id, Unset):
            instance_id = self.instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "uploaded": uploaded,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "uploadUrl": upload_url,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if directory is not UNSET:
            field_dict["directory"] = directory
        if source is not UNSET:
            field_dict["source"] = source
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if source_created_time is not UNSET:
            field_dict["sourceCreatedTime"] = source_created_time
        if source_modified_time is not UNSET:
            field_dict["sourceModifiedTime"] = source_modified_time
        if security_categories is not UNSET:
            field_dict["securityCategories"] = security_categories
        if labels is not UNSET:
            field_dict["labels"] = labels
        if geo_location is not UNSET:
            field_dict["geoLocation"] = geo_location
        if uploaded_time is not UNSET:
            field_dict["uploadedTime"] = uploaded_time
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.files_metadata_field import FilesMetadataField  # noqa: PLC0415
        from ..models.geo_location import GeoLocation  # noqa: PLC0415
        from ..models.instance_id import InstanceId  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        uploaded = d.pop("uploaded")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        upload_url = d.pop("uploadUrl")

        external_id = d.pop("externalId", UNSET)

        directory = d.pop("directory", UNSET)

        source = d.pop("source", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: FilesMetadataField | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = FilesMetadataField.from_dict(_metadata)

        asset_ids = cast(list[int], d.pop("assetIds", UNSET))

        data_set_id = d.pop("dataSetId", UNSET)

        source_created_time = d.pop("sourceCreatedTime", UNSET)

        source_modified_time = d.pop("sourceModifiedTime", UNSET)

        security_categories = cast(list[int], d.pop("securityCategories", UNSET))

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

        uploaded_time = d.pop("uploadedTime", UNSET)

        _instance_id = d.pop("instanceId", UNSET)
        instance_id: InstanceId | Unset
        if isinstance(_instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = InstanceId.from_dict(_instance_id)

        upload_file_metadata = cls(
            name=name,
            id=id,
            uploaded=uploaded,
            created_time=created_time,
            last_updated_time=last_updated_time,
            upload_url=upload_url,
            external_id=external_id,
            directory=directory,
            source=source,
            mime_type=mime_type,
            metadata=metadata,
            asset_ids=asset_ids,
            data_set_id=data_set_id,
            source_created_time=source_created_time,
            source_modified_time=source_modified_time,
            security_categories=security_categories,
            labels=labels,
            geo_location=geo_location,
            uploaded_time=uploaded_time,
            instance_id=instance_id,
        )

        upload_file_metadata.additional_properties = d
        return upload_file_metadata
