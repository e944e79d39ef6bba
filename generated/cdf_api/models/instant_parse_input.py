from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.document_identifier import DocumentIdentifier


T = TypeVar("T", bound="InstantParseInput")


@_attrs_define
class InstantParseInput:
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
