from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VisionSegmentEmbeddingItem")


@_attrs_define
class VisionSegmentEmbeddingItem(AdditionalProperties):
    """
    Attributes:
        file_id (int): The ID of a file in CDF. Example: 1234.
        embedding (str):
        file_external_id (str | Unset): The external ID of a file in CDF. Example: 1234.
    """

    _FIT = {"fileId": "i", "embedding": "s", "fileExternalId": "s"}
    _REQUIRED = ("fileId", "embedding")

    file_id: int
    embedding: str
    file_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        embedding = self.embedding

        file_external_id = self.file_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "embedding": embedding,
            }
        )
        if file_external_id is not UNSET:
            field_dict["fileExternalId"] = file_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("fileId")

        embedding = d.pop("embedding")

        file_external_id = d.pop("fileExternalId", UNSET)

        vision_segment_embedding_item = cls(
            file_id=file_id,
            embedding=embedding,
            file_external_id=file_external_id,
        )

        vision_segment_embedding_item.additional_properties = d
        return vision_segment_embedding_item
