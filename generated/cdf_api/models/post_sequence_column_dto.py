from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sequence_value_type_enum import SequenceValueTypeEnum
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.post_sequence_column_dto_metadata import PostSequenceColumnDTOMetadata


T = TypeVar("T", bound="PostSequenceColumnDTO")


@_attrs_define
class PostSequenceColumnDTO(AdditionalProperties):
    """Describes a new column.

    Attributes:
        external_id (str): User provided column identifier (unique for a given sequence). Example: DPS1.
        name (str | Unset): Human readable name of the sequence. Example: depth.
        description (str | Unset): Description of the column. Example: Optional description.
        value_type (SequenceValueTypeEnum | Unset): What type the datapoints in a column will have. DOUBLE is restricted
            to the range [-1E100, 1E100]
        metadata (PostSequenceColumnDTOMetadata | Unset): Custom, application specific metadata. String key -> String
            value. Maximum length of key is 128 bytes, up to 256 key-value pairs, up to a total size of 10000 bytes across
            all keys and values.
             Example: {'extracted-by': 'cognite'}.
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "description": "s",
        "valueType": "s",
        "metadata": ("m", "PostSequenceColumnDTOMetadata"),
    }
    _REQUIRED = ("externalId",)

    external_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    value_type: SequenceValueTypeEnum | Unset = UNSET
    metadata: PostSequenceColumnDTOMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        description = self.description

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_sequence_column_dto_metadata import PostSequenceColumnDTOMetadata  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _value_type = d.pop("valueType", UNSET)
        value_type: SequenceValueTypeEnum | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = SequenceValueTypeEnum(_value_type)

        _metadata = d.pop("metadata", UNSET)
        metadata: PostSequenceColumnDTOMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PostSequenceColumnDTOMetadata.from_dict(_metadata)

        post_sequence_column_dto = cls(
            external_id=external_id,
            name=name,
            description=description,
            value_type=value_type,
            metadata=metadata,
        )

        post_sequence_column_dto.additional_properties = d
        return post_sequence_column_dto
