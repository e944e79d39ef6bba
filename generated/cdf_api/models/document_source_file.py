from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.document_geo_json_geometry import DocumentGeoJsonGeometry
    from ..models.document_source_file_metadata import DocumentSourceFileMetadata
    from ..models.label import Label


T = TypeVar("T", bound="DocumentSourceFile")


@_attrs_define
class DocumentSourceFile(AdditionalProperties):
    """The source file that this document is derived from.

    Attributes:
        name (str): Name of the file. Example: hamlet.txt.
        directory (str | Unset): The directory the file can be found in Example: plays/shakespeare.
        source (str | Unset): The source of the file Example: SubsurfaceConnectors.
        mime_type (str | Unset): The mime type of the file Example: application/octet-stream.
        size (float | Unset): The size of the source file in bytes Example: 1000.
        hash_ (str | Unset): The hash of the source file. This is a SHA256 hash of the original file. The hash only
            covers the file content, and not other CDF metadata. Example:
            23203f9264161714cdb8d2f474b9b641e6a735f8cea4098c40a3cab8743bd749.
        asset_ids (list[int] | Unset): The ids of the assets related to this file Example: [].
        labels (list[Label] | Unset): A list of the labels associated with this resource item.
        geo_location (DocumentGeoJsonGeometry | Unset): GeoJSON Geometry. Example: {'type': 'Point', 'coordinates':
            [10.74609, 59.91273]}.
        dataset_id (int | Unset): A server-generated ID for the object.
        security_categories (list[float] | Unset): The security category IDs required to access this file Example: [].
        metadata (DocumentSourceFileMetadata | Unset):
    """

    _FIT = {
        "name": "s",
        "directory": "s",
        "source": "s",
        "mimeType": "s",
        "size": "n",
        "hash": "s",
        "assetIds": ("l", "i"),
        "labels": ("l", ("m", "Label")),
        "geoLocation": ("m", "DocumentGeoJsonGeometry"),
        "datasetId": "i",
        "securityCategories": ("l", "n"),
        "metadata": ("m", "DocumentSourceFileMetadata"),
    }
    _REQUIRED = ("name",)

    name: str
    directory: str | Unset = UNSET
    source: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    size: float | Unset = UNSET
    hash_: str | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    geo_location: DocumentGeoJsonGeometry | Unset = UNSET
    dataset_id: int | Unset = UNSET
    security_categories: list[float] | Unset = UNSET
    metadata: DocumentSourceFileMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        directory = self.directory

        source = self.source

        mime_type = self.mime_type

        size = self.size

        hash_ = self.hash_

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for componentsschemas_label_list_item_data in self.labels:
                componentsschemas_label_list_item = componentsschemas_label_list_item_data.to_dict()
                labels.append(componentsschemas_label_list_item)

        geo_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_location, Unset):
            geo_location = self.geo_location.to_dict()

        dataset_id = self.dataset_id

        security_categories: list[float] | Unset = UNSET
        if not isinstance(self.security_categories, Unset):
            security_categories = self.security_categories

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if directory is not UNSET:
            field_dict["directory"] = directory
        if source is not UNSET:
            field_dict["source"] = source
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if size is not UNSET:
            field_dict["size"] = size
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if labels is not UNSET:
            field_dict["labels"] = labels
        if geo_location is not UNSET:
            field_dict["geoLocation"] = geo_location
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if security_categories is not UNSET:
            field_dict["securityCategories"] = security_categories
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_geo_json_geometry import DocumentGeoJsonGeometry  # noqa: PLC0415
        from ..models.document_source_file_metadata import DocumentSourceFileMetadata  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        directory = d.pop("directory", UNSET)

        source = d.pop("source", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        size = d.pop("size", UNSET)

        hash_ = d.pop("hash", UNSET)

        asset_ids = cast(list[int], d.pop("assetIds", UNSET))

        _labels = d.pop("labels", UNSET)
        labels: list[Label] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for componentsschemas_label_list_item_data in _labels:
                componentsschemas_label_list_item = Label.from_dict(componentsschemas_label_list_item_data)

                labels.append(componentsschemas_label_list_item)

        _geo_location = d.pop("geoLocation", UNSET)
        geo_location: DocumentGeoJsonGeometry | Unset
        if isinstance(_geo_location, Unset):
            geo_location = UNSET
        else:
            geo_location = DocumentGeoJsonGeometry.from_dict(_geo_location)

        dataset_id = d.pop("datasetId", UNSET)

        security_categories = cast(list[float], d.pop("securityCategories", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: DocumentSourceFileMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DocumentSourceFileMetadata.from_dict(_metadata)

        document_source_file = cls(
            name=name,
            directory=directory,
            source=source,
            mime_type=mime_type,
            size=size,
            hash_=hash_,
            asset_ids=asset_ids,
            labels=labels,
            geo_location=geo_location,
            dataset_id=dataset_id,
            security_categories=security_categories,
            metadata=metadata,
        )

        document_source_file.additional_properties = d
        return document_source_file
