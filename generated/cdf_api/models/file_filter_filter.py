from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset_external_id import AssetExternalId
    from ..models.asset_internal_id import AssetInternalId
    from ..models.data_set_external_id import DataSetExternalId
    from ..models.data_set_internal_id import DataSetInternalId
    from ..models.epoch_timestamp_range import EpochTimestampRange
    from ..models.files_metadata_field import FilesMetadataField
    from ..models.geo_location_filter import GeoLocationFilter
    from ..models.label_contains_all_filter import LabelContainsAllFilter
    from ..models.label_contains_any_filter import LabelContainsAnyFilter


T = TypeVar("T", bound="FileFilterFilter")


@_attrs_define
class FileFilterFilter(AdditionalProperties):
    """
    Attributes:
        name (str | Unset): Name of the file.
        directory_prefix (str | Unset): Filter by this (case-sensitive) prefix for the directory. Example:
            /my/known/directory.
        mime_type (str | Unset): File type. E.g. text/plain, application/pdf, .. Example: image/jpeg.
        metadata (FilesMetadataField | Unset): Custom, application specific metadata. String key -> String value.
            Limits: Maximum length of key is 128 bytes, value 10240 bytes, up to 256 key-value pairs, of total size at most
            10240.
        asset_ids (list[int] | Unset): Only include files that reference these specific asset IDs. Example:
            [363848954441724, 793045462540095, 1261042166839739].
        asset_external_ids (list[str] | Unset): Only include files that reference these specific asset external IDs.
            Example: ['externalId1', 'externalId2', 'externalId3'].
        root_asset_ids (list[AssetExternalId | AssetInternalId] | Unset): Only include files that have a related asset
            in a tree rooted at any of these root assetIds. Example: [{'id': 123456789}, {'externalId': 'system 99 external
            Id 1234'}].
        data_set_ids (list[DataSetExternalId | DataSetInternalId] | Unset): Only include files that belong to these
            datasets.
        asset_subtree_ids (list[AssetExternalId | AssetInternalId] | Unset): Only include files that have a related
            asset in a subtree rooted at any of these assetIds (including the roots given). If the total size of the given
            subtrees exceeds 100,000 assets, an error will be returned. Example: [{'id': 123456789}, {'externalId': 'system
            99 external Id 1234'}].
        source (str | Unset): The source of this event.
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        last_updated_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        uploaded_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        source_created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        source_modified_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        external_id_prefix (str | Unset): Filter by this (case-sensitive) prefix for the external ID. Example:
            my.known.prefix.
        uploaded (bool | Unset): Whether or not the actual file is uploaded. This field is returned only by the API, it
            has no effect in a post body. Example: True.
        labels (LabelContainsAllFilter | LabelContainsAnyFilter | Unset): Return only the resource matching the
            specified label constraints.
        geo_location (GeoLocationFilter | Unset): Only include files matching the specified geographic relation.
    """

    _FIT = {
        "name": "s",
        "directoryPrefix": "s",
        "mimeType": "s",
        "metadata": ("m", "FilesMetadataField"),
        "assetIds": ("l", "i"),
        "assetExternalIds": ("l", "s"),
        "rootAssetIds": ("l", ("u", (("m", "AssetInternalId"), ("m", "AssetExternalId")))),
        "dataSetIds": ("l", ("u", (("m", "DataSetInternalId"), ("m", "DataSetExternalId")))),
        "assetSubtreeIds": ("l", ("u", (("m", "AssetInternalId"), ("m", "AssetExternalId")))),
        "source": "s",
        "createdTime": ("m", "EpochTimestampRange"),
        "lastUpdatedTime": ("m", "EpochTimestampRange"),
        "uploadedTime": ("m", "EpochTimestampRange"),
        "sourceCreatedTime": ("m", "EpochTimestampRange"),
        "sourceModifiedTime": ("m", "EpochTimestampRange"),
        "externalIdPrefix": "s",
        "uploaded": "b",
        "labels": ("u", (("m", "LabelContainsAnyFilter"), ("m", "LabelContainsAllFilter"))),
        "geoLocation": ("m", "GeoLocationFilter"),
    }
    _REQUIRED = ()

    name: str | Unset = UNSET
    directory_prefix: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    metadata: FilesMetadataField | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    asset_external_ids: list[str] | Unset = UNSET
    root_asset_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
    asset_subtree_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
    source: str | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    last_updated_time: EpochTimestampRange | Unset = UNSET
    uploaded_time: EpochTimestampRange | Unset = UNSET
    source_created_time: EpochTimestampRange | Unset = UNSET
    source_modified_time: EpochTimestampRange | Unset = UNSET
    external_id_prefix: str | Unset = UNSET
    uploaded: bool | Unset = UNSET
    labels: LabelContainsAllFilter | LabelContainsAnyFilter | Unset = UNSET
    geo_location: GeoLocationFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        directory_prefix = self.directory_prefix

        mime_type = self.mime_type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        asset_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_external_ids, Unset):
            asset_external_ids = self.asset_external_ids

        root_asset_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.root_asset_ids, Unset):
            root_asset_ids = []
            for componentsschemas_root_asset_ids_item_data in self.root_asset_ids:
                componentsschemas_root_asset_ids_item: dict[str, Any]
                componentsschemas_root_asset_ids_item = componentsschemas_root_asset_ids_item_data.to_dict()

                root_asset_ids.append(componentsschemas_root_asset_ids_item)

        data_set_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = []
            for data_set_ids_item_data in self.data_set_ids:
                data_set_ids_item: dict[str, Any]
                data_set_ids_item = data_set_ids_item_data.to_dict()

                data_set_ids.append(data_set_ids_item)

        asset_subtree_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_subtree_ids, Unset):
            asset_subtree_ids = []
            for componentsschemas_asset_subtree_ids_item_data in self.asset_subtree_ids:
                componentsschemas_asset_subtree_ids_item: dict[str, Any]
                componentsschemas_asset_subtree_ids_item = componentsschemas_asset_subtree_ids_item_data.to_dict()

                asset_subtree_ids.append(componentsschemas_asset_subtree_ids_item)

        source = self.source

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        uploaded_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uploaded_time, Unset):
            uploaded_time = self.uploaded_time.to_dict()

        source_created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_created_time, Unset):
            source_created_time = self.source_created_time.to_dict()

        source_modified_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_modified_time, Unset):
            source_modified_time = self.source_modified_time.to_dict()

        external_id_prefix = self.external_id_prefix

        uploaded = self.uploaded

        labels: dict[str, Any] | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        else:
            labels = self.labels.to_dict()

        geo_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_location, Unset):
            geo_location = self.geo_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if directory_prefix is not UNSET:
            field_dict["directoryPrefix"] = directory_prefix
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if asset_external_ids is not UNSET:
            field_dict["assetExternalIds"] = asset_external_ids
        if root_asset_ids is not UNSET:
            field_dict["rootAssetIds"] = root_asset_ids
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids
        if asset_subtree_ids is not UNSET:
            field_dict["assetSubtreeIds"] = asset_subtree_ids
        if source is not UNSET:
            field_dict["source"] = source
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if uploaded_time is not UNSET:
            field_dict["uploadedTime"] = uploaded_time
        if source_created_time is not UNSET:
            field_dict["sourceCreatedTime"] = source_created_time
        if source_modified_time is not UNSET:
            field_dict["sourceModifiedTime"] = source_modified_time
        if external_id_prefix is not UNSET:
            field_dict["externalIdPrefix"] = external_id_prefix
        if uploaded is not UNSET:
            field_dict["uploaded"] = uploaded
        if labels is not UNSET:
            field_dict["labels"] = labels
        if geo_location is not UNSET:
            field_dict["geoLocation"] = geo_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_external_id import AssetExternalId  # noqa: PLC0415
        from ..models.asset_internal_id import AssetInternalId  # noqa: PLC0415
        from ..models.data_set_external_id import DataSetExternalId  # noqa: PLC0415
        from ..models.data_set_internal_id import DataSetInternalId  # noqa: PLC0415
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415
        from ..models.files_metadata_field import FilesMetadataField  # noqa: PLC0415
        from ..models.geo_location_filter import GeoLocationFilter  # noqa: PLC0415
        from ..models.label_contains_all_filter import LabelContainsAllFilter  # noqa: PLC0415
        from ..models.label_contains_any_filter import LabelContainsAnyFilter  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        directory_prefix = d.pop("directoryPrefix", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: FilesMetadataField | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = FilesMetadataField.from_dict(_metadata)

        asset_ids = cast(list[int], d.pop("assetIds", UNSET))

        asset_external_ids = cast(list[str], d.pop("assetExternalIds", UNSET))

        _root_asset_ids = d.pop("rootAssetIds", UNSET)
        root_asset_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
        if _root_asset_ids is not UNSET:
            root_asset_ids = []
            for componentsschemas_root_asset_ids_item_data in _root_asset_ids:

                def _parse_componentsschemas_root_asset_ids_item(data: object) -> AssetExternalId | AssetInternalId:
                    return parse_best(data, (AssetInternalId, AssetExternalId))

                componentsschemas_root_asset_ids_item = _parse_componentsschemas_root_asset_ids_item(
                    componentsschemas_root_asset_ids_item_data
                )

                root_asset_ids.append(componentsschemas_root_asset_ids_item)

        _data_set_ids = d.pop("dataSetIds", UNSET)
        data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
        if _data_set_ids is not UNSET:
            data_set_ids = []
            for data_set_ids_item_data in _data_set_ids:

                def _parse_data_set_ids_item(data: object) -> DataSetExternalId | DataSetInternalId:
                    return parse_best(data, (DataSetInternalId, DataSetExternalId))

                data_set_ids_item = _parse_data_set_ids_item(data_set_ids_item_data)

                data_set_ids.append(data_set_ids_item)

        _asset_subtree_ids = d.pop("assetSubtreeIds", UNSET)
        asset_subtree_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
        if _asset_subtree_ids is not UNSET:
            asset_subtree_ids = []
            for componentsschemas_asset_subtree_ids_item_data in _asset_subtree_ids:

                def _parse_componentsschemas_asset_subtree_ids_item(data: object) -> AssetExternalId | AssetInternalId:
                    return parse_best(data, (AssetInternalId, AssetExternalId))

                componentsschemas_asset_subtree_ids_item = _parse_componentsschemas_asset_subtree_ids_item(
                    componentsschemas_asset_subtree_ids_item_data
                )

                asset_subtree_ids.append(componentsschemas_asset_subtree_ids_item)

        source = d.pop("source", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: EpochTimestampRange | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = EpochTimestampRange.from_dict(_created_time)

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time: EpochTimestampRange | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = EpochTimestampRange.from_dict(_last_updated_time)

        _uploaded_time = d.pop("uploadedTime", UNSET)
        uploaded_time: EpochTimestampRange | Unset
        if isinstance(_uploaded_time, Unset):
            uploaded_time = UNSET
        else:
            uploaded_time = EpochTimestampRange.from_dict(_uploaded_time)

        _source_created_time = d.pop("sourceCreatedTime", UNSET)
        source_created_time: EpochTimestampRange | Unset
        if isinstance(_source_created_time, Unset):
            source_created_time = UNSET
        else:
            source_created_time = EpochTimestampRange.from_dict(_source_created_time)

        _source_modified_time = d.pop("sourceModifiedTime", UNSET)
        source_modified_time: EpochTimestampRange | Unset
        if isinstance(_source_modified_time, Unset):
            source_modified_time = UNSET
        else:
            source_modified_time = EpochTimestampRange.from_dict(_source_modified_time)

        external_id_prefix = d.pop("externalIdPrefix", UNSET)

        uploaded = d.pop("uploaded", UNSET)

        def _parse_labels(data: object) -> LabelContainsAllFilter | LabelContainsAnyFilter | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (LabelContainsAnyFilter, LabelContainsAllFilter))

        labels = _parse_labels(d.pop("labels", UNSET))

        _geo_location = d.pop("geoLocation", UNSET)
        geo_location: GeoLocationFilter | Unset
        if isinstance(_geo_location, Unset):
            geo_location = UNSET
        else:
            geo_location = GeoLocationFilter.from_dict(_geo_location)

        file_filter_filter = cls(
            name=name,
            directory_prefix=directory_prefix,
            mime_type=mime_type,
            metadata=metadata,
            asset_ids=asset_ids,
            asset_external_ids=asset_external_ids,
            root_asset_ids=root_asset_ids,
            data_set_ids=data_set_ids,
            asset_subtree_ids=asset_subtree_ids,
            source=source,
            created_time=created_time,
            last_updated_time=last_updated_time,
            uploaded_time=uploaded_time,
            source_created_time=source_created_time,
            source_modified_time=source_modified_time,
            external_id_prefix=external_id_prefix,
            uploaded=uploaded,
            labels=labels,
            geo_location=geo_location,
        )

        file_filter_filter.additional_properties = d
        return file_filter_filter
