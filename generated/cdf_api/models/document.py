from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.document_geo_json_geometry import DocumentGeoJsonGeometry
    from ..models.document_source_file import DocumentSourceFile
    from ..models.label import Label


T = TypeVar("T", bound="Document")


@_attrs_define
class Document(AdditionalProperties):
    """A document

    Attributes:
        id (int): A server-generated ID for the object.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        source_file (DocumentSourceFile): The source file that this document is derived from.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        instance_id (CogniteInstanceId | Unset): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
        title (str | Unset): The title of the document Example: Hamlet.
        author (str | Unset): The author of the document Example: William Shakespeare.
        producer (str | Unset): The producer of the document. Many document types contain metadata indicating what
            software or system was used to create the document.
        modified_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        last_indexed_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        mime_type (str | Unset): Detected mime type for the document Example: text/plain.
        extension (str | Unset): Extension of the file (always in lowercase) Example: pdf.
        page_count (int | Unset): Number of pages for multi-page documents Example: 2.
        type_ (str | Unset): Detected type of document Example: Document.
        language (str | Unset): The detected language used in the document Example: en.
        truncated_content (str | Unset): The textual content of the document. Truncated to 155 characters but subject to
            change Example: ACT I
            SCENE I. Elsinore. A platform before the castle.
              FRANCISCO at his post. Enter to him BERNARDO
            BERNARDO
              Who's there?
            .
        asset_ids (list[int] | Unset): The ids of any assets referred to in the document Example: [42, 101].
        labels (list[Label] | Unset): A list of the labels associated with this resource item.
        geo_location (DocumentGeoJsonGeometry | Unset): GeoJSON Geometry. Example: {'type': 'Point', 'coordinates':
            [10.74609, 59.91273]}.
    """

    _FIT = {
        "id": "i",
        "createdTime": "i",
        "sourceFile": ("m", "DocumentSourceFile"),
        "externalId": "s",
        "instanceId": ("m", "CogniteInstanceId"),
        "title": "s",
        "author": "s",
        "producer": "s",
        "modifiedTime": "i",
        "lastIndexedTime": "i",
        "mimeType": "s",
        "extension": "s",
        "pageCount": "i",
        "type": "s",
        "language": "s",
        "truncatedContent": "s",
        "assetIds": ("l", "i"),
        "labels": ("l", ("m", "Label")),
        "geoLocation": ("m", "DocumentGeoJsonGeometry"),
    }
    _REQUIRED = ("id", "createdTime", "sourceFile")

    id: int
    created_time: int
    source_file: DocumentSourceFile
    external_id: str | Unset = UNSET
    instance_id: CogniteInstanceId | Unset = UNSET
    title: str | Unset = UNSET
    author: str | Unset = UNSET
    producer: str | Unset = UNSET
    modified_time: int | Unset = UNSET
    last_indexed_time: int | Unset = UNSET
    mime_type: str | Unset = UNSET
    extension: str | Unset = UNSET
    page_count: int | Unset = UNSET
    type_: str | Unset = UNSET
    language: str | Unset = UNSET
    truncated_content: str | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    geo_location: DocumentGeoJsonGeometry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time = self.created_time

        source_file = self.source_file.to_dict()

        external_id = self.external_id

        instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_id, Unset):
            instance_id = self.instance_id.to_dict()

        title = self.title

        author = self.author

        producer = self.producer

        modified_time = self.modified_time

        last_indexed_time = self.last_indexed_time

        mime_type = self.mime_type

        extension = self.extension

        page_count = self.page_count

        type_ = self.type_

        language = self.language

        truncated_content = self.truncated_content

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdTime": created_time,
                "sourceFile": source_file,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if producer is not UNSET:
            field_dict["producer"] = producer
        if modified_time is not UNSET:
            field_dict["modifiedTime"] = modified_time
        if last_indexed_time is not UNSET:
            field_dict["lastIndexedTime"] = last_indexed_time
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if extension is not UNSET:
            field_dict["extension"] = extension
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count
        if type_ is not UNSET:
            field_dict["type"] = type_
        if language is not UNSET:
            field_dict["language"] = language
        if truncated_content is not UNSET:
            field_dict["truncatedContent"] = truncated_content
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if labels is not UNSET:
            field_dict["labels"] = labels
        if geo_location is not UNSET:
            field_dict["geoLocation"] = geo_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.document_geo_json_geometry import DocumentGeoJsonGeometry  # noqa: PLC0415
        from ..models.document_source_file import DocumentSourceFile  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_time = d.pop("createdTime")

        source_file = DocumentSourceFile.from_dict(d.pop("sourceFile"))

        external_id = d.pop("externalId", UNSET)

        _instance_id = d.pop("instanceId", UNSET)
        instance_id: CogniteInstanceId | Unset
        if isinstance(_instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = CogniteInstanceId.from_dict(_instance_id)

        title = d.pop("title", UNSET)

        author = d.pop("author", UNSET)

        producer = d.pop("producer", UNSET)

        modified_time = d.pop("modifiedTime", UNSET)

        last_indexed_time = d.pop("lastIndexedTime", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        extension = d.pop("extension", UNSET)

        page_count = d.pop("pageCount", UNSET)

        type_ = d.pop("type", UNSET)

        language = d.pop("language", UNSET)

        truncated_content = d.pop("truncatedContent", UNSET)

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

        document = cls(
            id=id,
            created_time=created_time,
            source_file=source_file,
            external_id=external_id,
            instance_id=instance_id,
            title=title,
            author=author,
            producer=producer,
            modified_time=modified_time,
            last_indexed_time=last_indexed_time,
            mime_type=mime_type,
            extension=extension,
            page_count=page_count,
            type_=type_,
            language=language,
            truncated_content=truncated_content,
            asset_ids=asset_ids,
            labels=labels,
            geo_location=geo_location,
        )

        document.additional_properties = d
        return document
