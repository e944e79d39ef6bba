from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentSummarizationResponseItemExternalId")


@_attrs_define
class DocumentSummarizationResponseItemExternalId(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID for the document. The value matches the externalId set in the Files API.
        summary (str): The summary of the document.
    """

    _FIT = {"externalId": "s", "summary": "s"}
    _REQUIRED = ("externalId", "summary")

    external_id: str
    summary: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        summary = d.pop("summary")

        document_summarization_response_item_external_id = cls(
            external_id=external_id,
            summary=summary,
        )

        document_summarization_response_item_external_id.additional_properties = d
        return document_summarization_response_item_external_id
