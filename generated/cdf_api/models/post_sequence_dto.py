from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.post_sequence_column_dto import PostSequenceColumnDTO
    from ..models.post_sequence_dto_metadata import PostSequenceDTOMetadata


T = TypeVar("T", bound="PostSequenceDTO")


@_attrs_define
class PostSequenceDTO(AdditionalProperties):
    """Describes a new sequence.

    Attributes:
        columns (list[PostSequenceColumnDTO]): List of column definitions. Maximum number of numeric columns is 400.
            Maximum number of string columns is 200. Maximum total number of columns is 400.
        name (str | Unset): Name of the sequence. Example: Any relevant name.
        description (str | Unset): Description of the sequence. Example: Optional description.
        asset_id (int | Unset): Optional asset this sequence is associated with. Example: 1221123111.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        metadata (PostSequenceDTOMetadata | Unset): Custom, application specific metadata. String key -> String value.
            Maximum length of key is 128 bytes, up to 256 key-value pairs, up to a total size of 10000 bytes across all keys
            and values.
             Example: {'extracted-by': 'cognite'}.
        data_set_id (int | Unset): The dataSet Id for the item.
    """

    _FIT = {
        "columns": ("l", ("m", "PostSequenceColumnDTO")),
        "name": "s",
        "description": "s",
        "assetId": "i",
        "externalId": "s",
        "metadata": ("m", "PostSequenceDTOMetadata"),
        "dataSetId": "i",
    }
    _REQUIRED = ("columns",)

    columns: list[PostSequenceColumnDTO]
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    asset_id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    metadata: PostSequenceDTOMetadata | Unset = UNSET
    data_set_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        name = self.name

        description = self.description

        asset_id = self.asset_id

        external_id = self.external_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        data_set_id = self.data_set_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_sequence_column_dto import PostSequenceColumnDTO  # noqa: PLC0415
        from ..models.post_sequence_dto_metadata import PostSequenceDTOMetadata  # noqa: PLC0415

        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = PostSequenceColumnDTO.from_dict(columns_item_data)

            columns.append(columns_item)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        asset_id = d.pop("assetId", UNSET)

        external_id = d.pop("externalId", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: PostSequenceDTOMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PostSequenceDTOMetadata.from_dict(_metadata)

        data_set_id = d.pop("dataSetId", UNSET)

        post_sequence_dto = cls(
            columns=columns,
            name=name,
            description=description,
            asset_id=asset_id,
            external_id=external_id,
            metadata=metadata,
            data_set_id=data_set_id,
        )

        post_sequence_dto.additional_properties = d
        return post_sequence_dto
