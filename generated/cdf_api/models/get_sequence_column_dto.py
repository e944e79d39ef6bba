from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sequence_value_type_enum import SequenceValueTypeEnum
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.get_sequence_column_dto_metadata import GetSequenceColumnDTOMetadata


T = TypeVar("T", bound="GetSequenceColumnDTO")


@_attrs_define
class GetSequenceColumnDTO(AdditionalProperties):
    """Information about a column stored in the database.

    Attributes:
        value_type (SequenceValueTypeEnum): What type the datapoints in a column will have. DOUBLE is restricted to the
            range [-1E100, 1E100]
        created_time (int): Time when this asset was created in CDF in milliseconds since Jan 1, 1970. Example:
            100000000000.
        last_updated_time (int): The last time this asset was updated in CDF, in milliseconds since Jan 1, 1970.
            Example: 100000000000.
        name (str | Unset): Human readable name of the column. Example: depth.
        external_id (str | Unset): User provided column identifier (unique for a given sequence). Example: DPS1.
        description (str | Unset): Description of the column. Example: Optional description.
        metadata (GetSequenceColumnDTOMetadata | Unset): Custom, application specific metadata. String key -> String
            value. Example: {'extracted-by': 'cognite'}.
    """

    _FIT = {
        "valueType": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "name": "s",
        "externalId": "s",
        "description": "s",
        "metadata": ("m", "GetSequenceColumnDTOMetadata"),
    }
    _REQUIRED = ("valueType", "createdTime", "lastUpdatedTime")

    value_type: SequenceValueTypeEnum
    created_time: int
    last_updated_time: int
    name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: GetSequenceColumnDTOMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value_type = self.value_type.value

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        name = self.name

        external_id = self.external_id

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valueType": value_type,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_sequence_column_dto_metadata import GetSequenceColumnDTOMetadata  # noqa: PLC0415

        d = dict(src_dict)
        value_type = SequenceValueTypeEnum(d.pop("valueType"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        name = d.pop("name", UNSET)

        external_id = d.pop("externalId", UNSET)

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: GetSequenceColumnDTOMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = GetSequenceColumnDTOMetadata.from_dict(_metadata)

        get_sequence_column_dto = cls(
            value_type=value_type,
            created_time=created_time,
            last_updated_time=last_updated_time,
            name=name,
            external_id=external_id,
            description=description,
            metadata=metadata,
        )

        get_sequence_column_dto.additional_properties = d
        return get_sequence_column_dto
