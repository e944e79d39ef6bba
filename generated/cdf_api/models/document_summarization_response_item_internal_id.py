from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentSummarizationResponseItemInternalId")


@_attrs_define
class DocumentSummarizationResponseItemInternalId(AdditionalProperties):
    """
    Attributes:
        id (int): The file ID for the document.
        summary (str): The summary of the document.
    """

    _FIT = {"id": "i", "summary": "s"}
    _REQUIRED = ("id", "summary")

    id: int
    summary: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        summary = d.pop("summary")

        document_summarization_response_item_internal_id = cls(
            id=id,
            summary=summary,
        )

        document_summarization_response_item_internal_id.additional_properties = d
        return document_summarization_response_item_internal_id
