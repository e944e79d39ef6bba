from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.detect_tags_resource_filter import DetectTagsResourceFilter
    from ..models.document_identifier import DocumentIdentifier
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="FullParseInput")


@_attrs_define
class FullParseInput(AdditionalProperties):
    """
    Attributes:
        documents (list[DocumentIdentifier]):
        filters (DetectTagsResourceFilter):
        library_id (ExternalId):
        nonce (str): Session nonce value
        min_tokens (int | Unset): Each detected item must match the detected entity on at least this number of tokens. A
            token is a substring of consecutive letters or digits.
        partial_match (bool | Unset): Allow partial (fuzzy) matching of entities in the engineering diagrams. Creates a
            match only when it is possible to do so unambiguously.
        search_field (str | Unset): This field determines the string to search for and to identify object entities.
    """

    _FIT = {
        "documents": ("l", ("m", "DocumentIdentifier")),
        "filters": ("m", "DetectTagsResourceFilter"),
        "libraryId": ("m", "ExternalId"),
        "nonce": "s",
        "minTokens": "i",
        "partialMatch": "b",
        "searchField": "s",
    }
    _REQUIRED = ("documents", "filters", "libraryId", "nonce")

    documents: list[DocumentIdentifier]
    filters: DetectTagsResourceFilter
    library_id: ExternalId
    nonce: str
    min_tokens: int | Unset = UNSET
    partial_match: bool | Unset = UNSET
    search_field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        filters = self.filters.to_dict()

        library_id = self.library_id.to_dict()

        nonce = self.nonce

        min_tokens = self.min_tokens

        partial_match = self.partial_match

        search_field = self.search_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documents": documents,
                "filters": filters,
                "libraryId": library_id,
                "nonce": nonce,
            }
        )
        if min_tokens is not UNSET:
            field_dict["minTokens"] = min_tokens
        if partial_match is not UNSET:
            field_dict["partialMatch"] = partial_match
        if search_field is not UNSET:
            field_dict["searchField"] = search_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detect_tags_resource_filter import DetectTagsResourceFilter  # noqa: PLC0415
        from ..models.document_identifier import DocumentIdentifier  # noqa: PLC0415
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = DocumentIdentifier.from_dict(documents_item_data)

            documents.append(documents_item)

        filters = DetectTagsResourceFilter.from_dict(d.pop("filters"))

        library_id = ExternalId.from_dict(d.pop("libraryId"))

        nonce = d.pop("nonce")

        min_tokens = d.pop("minTokens", UNSET)

        partial_match = d.pop("partialMatch", UNSET)

        search_field = d.pop("searchField", UNSET)

        full_parse_input = cls(
            documents=documents,
            filters=filters,
            library_id=library_id,
            nonce=nonce,
            min_tokens=min_tokens,
            partial_match=partial_match,
            search_field=search_field,
        )

        full_parse_input.additional_properties = d
        return full_parse_input
