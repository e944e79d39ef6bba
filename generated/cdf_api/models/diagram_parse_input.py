from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_identifier import DocumentIdentifier


T = TypeVar("T", bound="DiagramParseInput")


@_attrs_define
class DiagramParseInput(AdditionalProperties):
    """
    Attributes:
        documents (list[DocumentIdentifier]):
        library_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        nonce (str): Nonce parameter
    """

    _FIT = {"documents": ("l", ("m", "DocumentIdentifier")), "libraryId": "s", "nonce": "s"}
    _REQUIRED = ("documents", "libraryId", "nonce")

    documents: list[DocumentIdentifier]
    library_id: str
    nonce: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        library_id = self.library_id

        nonce = self.nonce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documents": documents,
                "libraryId": library_id,
                "nonce": nonce,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_identifier import DocumentIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = DocumentIdentifier.from_dict(documents_item_data)

            documents.append(documents_item)

        library_id = d.pop("libraryId")

        nonce = d.pop("nonce")

        diagram_parse_input = cls(
            documents=documents,
            library_id=library_id,
            nonce=nonce,
        )

        diagram_parse_input.additional_properties = d
        return diagram_parse_input
