from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DocumentSummarizationResponseItemInternalId")


@_attrs_define
class DocumentSummarizationResponseItemInternalId:
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
