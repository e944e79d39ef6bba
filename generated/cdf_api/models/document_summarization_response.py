from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.document_summarization_response_item_external_id import DocumentSummarizationResponseItemExternalId
    from ..models.document_summarization_response_item_instance_id import DocumentSummarizationResponseItemInstanceId
    from ..models.document_summarization_response_item_internal_id import DocumentSummarizationResponseItemInternalId


T = TypeVar("T", bound="DocumentSummarizationResponse")


@_attrs_define
class DocumentSummarizationResponse(AdditionalProperties):
    """
    Attributes:
        items (list[DocumentSummarizationResponseItemExternalId | DocumentSummarizationResponseItemInstanceId |
            DocumentSummarizationResponseItemInternalId]): A list of documents with summaries.
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "DocumentSummarizationResponseItemInternalId"),
                    ("m", "DocumentSummarizationResponseItemExternalId"),
                    ("m", "DocumentSummarizationResponseItemInstanceId"),
                ),
            ),
        )
    }
    _REQUIRED = ("items",)

    items: list[
        DocumentSummarizationResponseItemExternalId
        | DocumentSummarizationResponseItemInstanceId
        | DocumentSummarizationResponseItemInternalId
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_summarization_response_item_external_id import (
            DocumentSummarizationResponseItemExternalId,  # noqa: PLC0415
        )
        from ..models.document_summarization_response_item_instance_id import (
            DocumentSummarizationResponseItemInstanceId,  # noqa: PLC0415
        )
        from ..models.document_summarization_response_item_internal_id import (
            DocumentSummarizationResponseItemInternalId,  # noqa: PLC0415
        )

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                DocumentSummarizationResponseItemExternalId
                | DocumentSummarizationResponseItemInstanceId
                | DocumentSummarizationResponseItemInternalId
            ):
                return parse_best(
                    data,
                    (
                        DocumentSummarizationResponseItemInternalId,
                        DocumentSummarizationResponseItemExternalId,
                        DocumentSummarizationResponseItemInstanceId,
                    ),
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        document_summarization_response = cls(
            items=items,
        )

        document_summarization_response.additional_properties = d
        return document_summarization_response
