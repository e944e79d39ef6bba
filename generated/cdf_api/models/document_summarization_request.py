from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.documents_language import DocumentsLanguage
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.document_external_id import DocumentExternalId
    from ..models.document_instance_id import DocumentInstanceId
    from ..models.document_internal_id import DocumentInternalId


T = TypeVar("T", bound="DocumentSummarizationRequest")


@_attrs_define
class DocumentSummarizationRequest(AdditionalProperties):
    """
    Attributes:
        items (list[DocumentExternalId | DocumentInstanceId | DocumentInternalId]): A list of documents to summarize.
        ignore_unknown_ids (bool | Unset): If `true`, the API will not fail if any documents are missing, but summaries
            for the missing documents will be excluded from the response.
        language (DocumentsLanguage | Unset):
    """

    _FIT = {
        "items": ("l", ("u", (("m", "DocumentInternalId"), ("m", "DocumentExternalId"), ("m", "DocumentInstanceId")))),
        "ignoreUnknownIds": "b",
        "language": "s",
    }
    _REQUIRED = ("items",)

    items: list[DocumentExternalId | DocumentInstanceId | DocumentInternalId]
    ignore_unknown_ids: bool | Unset = UNSET
    language: DocumentsLanguage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        ignore_unknown_ids = self.ignore_unknown_ids

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if ignore_unknown_ids is not UNSET:
            field_dict["ignoreUnknownIds"] = ignore_unknown_ids
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_external_id import DocumentExternalId  # noqa: PLC0415
        from ..models.document_instance_id import DocumentInstanceId  # noqa: PLC0415
        from ..models.document_internal_id import DocumentInternalId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> DocumentExternalId | DocumentInstanceId | DocumentInternalId:
                return parse_best(data, (DocumentInternalId, DocumentExternalId, DocumentInstanceId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        _language = d.pop("language", UNSET)
        language: DocumentsLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = DocumentsLanguage(_language)

        document_summarization_request = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
            language=language,
        )

        document_summarization_request.additional_properties = d
        return document_summarization_request
