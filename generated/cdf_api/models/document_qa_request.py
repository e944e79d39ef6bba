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


T = TypeVar("T", bound="DocumentQARequest")


@_attrs_define
class DocumentQARequest(AdditionalProperties):
    """
    Attributes:
        file_ids (list[DocumentExternalId | DocumentInstanceId | DocumentInternalId]): A list of file IDs, external IDs,
            or instance IDs pointing to PDF documents
        question (str): The question to ask about the documents.
        additional_context (str | Unset): Optional additional context that the model can use to improve its answer
        ignore_unknown_ids (bool | Unset): If `true`, the API will not fail if any documents are missing or not fully
            processed, but generate an answer based on available documents.
        language (DocumentsLanguage | Unset):
    """

    _FIT = {
        "fileIds": (
            "l",
            ("u", (("m", "DocumentInternalId"), ("m", "DocumentExternalId"), ("m", "DocumentInstanceId"))),
        ),
        "question": "s",
        "additionalContext": "s",
        "ignoreUnknownIds": "b",
        "language": "s",
    }
    _REQUIRED = ("fileIds", "question")

    file_ids: list[DocumentExternalId | DocumentInstanceId | DocumentInternalId]
    question: str
    additional_context: str | Unset = UNSET
    ignore_unknown_ids: bool | Unset = UNSET
    language: DocumentsLanguage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_ids = []
        for file_ids_item_data in self.file_ids:
            file_ids_item: dict[str, Any]
            file_ids_item = file_ids_item_data.to_dict()

            file_ids.append(file_ids_item)

        question = self.question

        additional_context = self.additional_context

        ignore_unknown_ids = self.ignore_unknown_ids

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileIds": file_ids,
                "question": question,
            }
        )
        if additional_context is not UNSET:
            field_dict["additionalContext"] = additional_context
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
        file_ids = []
        _file_ids = d.pop("fileIds")
        for file_ids_item_data in _file_ids:

            def _parse_file_ids_item(data: object) -> DocumentExternalId | DocumentInstanceId | DocumentInternalId:
                return parse_best(data, (DocumentInternalId, DocumentExternalId, DocumentInstanceId))

            file_ids_item = _parse_file_ids_item(file_ids_item_data)

            file_ids.append(file_ids_item)

        question = d.pop("question")

        additional_context = d.pop("additionalContext", UNSET)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        _language = d.pop("language", UNSET)
        language: DocumentsLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = DocumentsLanguage(_language)

        document_qa_request = cls(
            file_ids=file_ids,
            question=question,
            additional_context=additional_context,
            ignore_unknown_ids=ignore_unknown_ids,
            language=language,
        )

        document_qa_request.additional_properties = d
        return document_qa_request
