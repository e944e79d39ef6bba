from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_identifier import DocumentIdentifier


T = TypeVar("T", bound="InstantParseInput")


@_attrs_define
class InstantParseInput(AdditionalProperties):
    """
    Attributes:
        document (DocumentIdentifier):
        library_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"document": ("m", "DocumentIdentifier"), "libraryId": "s"}
    _REQUIRED = ("document", "libraryId")

    document: DocumentIdentifier
    library_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document = self.document.to_dict()

        library_id = self.library_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document": document,
                "libraryId": library_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_identifier import DocumentIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        document = DocumentIdentifier.from_dict(d.pop("document"))

        library_id = d.pop("libraryId")

        instant_parse_input = cls(
            document=document,
            library_id=library_id,
        )

        instant_parse_input.additional_properties = d
        return instant_parse_input
