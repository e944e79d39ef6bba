from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.get_sequence_column_dto import GetSequenceColumnDTO
    from ..models.get_sequence_dto_metadata import GetSequenceDTOMetadata


T = TypeVar("T", bound="GetSequenceDTO")


@_attrs_define
class GetSequenceDTO(AdditionalProperties):
    """Information about the sequence stored in the database.

    Attributes:
        id (int): Unique Cognite-provided identifier for the sequence. Example: 1.
        columns (list[GetSequenceColumnDTO]): List of column definitions.
        created_time (int): Time when this sequence was created in CDF in milliseconds since Jan 1, 1970. Example:
            100000000000.
        last_updated_time (int): The last time this sequence was updated in CDF, in milliseconds since Jan 1, 1970.
            Example: 100000000000.
        name (str | Unset): Name of the sequence. Example: Any relevant name.
        description (str | Unset): Description of the sequence. Example: Optional description.
        asset_id (int | Unset): Optional asset this sequence is associated with. Example: 1221123111.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        metadata (GetSequenceDTOMetadata | Unset): Custom, application specific metadata. String key -> String value.
            Maximum length of key is 128 bytes, up to 256 key-value pairs, up to a total size of 10000 bytes across all keys
            and values. Example: {'extracted-by': 'cognite'}.
        data_set_id (int | Unset): Data set this sequence belongs to. Example: 2718281828459.
    """

    _FIT = {
        "id": "i",
        "columns": ("l", ("m", "GetSequenceColumnDTO")),
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "name": "s",
        "description": "s",
        "assetId": "i",
        "externalId": "s",
        "metadata": ("m", "GetSequenceDTOMetadata"),
        "dataSetId": "i",
    }
    _REQUIRED = ("id", "columns", "createdTime", "lastUpdatedTime")

    id: int
    columns: list[GetSequenceColumnDTO]
    created_time: int
    last_updated_time: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    asset_id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    metadata: GetSequenceDTOMetadata | Unset = UNSET
    data_set_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        created_time = self.created_time

        last_updated_time = self.last_updated_time

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
                "id": id,
                "columns": columns,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
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
        from ..models.get_sequence_column_dto import GetSequenceColumnDTO  # noqa: PLC0415
        from ..models.get_sequence_dto_metadata import GetSequenceDTOMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = GetSequenceColumnDTO.from_dict(columns_item_data)

            columns.append(columns_item)

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        asset_id = d.pop("assetId", UNSET)

        external_id = d.pop("externalId", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: GetSequenceDTOMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = GetSequenceDTOMetadata.from_dict(_metadata)

        data_set_id = d.pop("dataSetId", UNSET)

        get_sequence_dto = cls(
            id=id,
            columns=columns,
            created_time=created_time,
            last_updated_time=last_updated_time,
            name=name,
            description=description,
            asset_id=asset_id,
            external_id=external_id,
            metadata=metadata,
            data_set_id=data_set_id,
        )

        get_sequence_dto.additional_properties = d
        return get_sequence_dto
