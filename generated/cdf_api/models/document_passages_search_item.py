from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_passage_location import DocumentPassageLocation
    from ..models.passage_document import PassageDocument


T = TypeVar("T", bound="DocumentPassagesSearchItem")


@_attrs_define
class DocumentPassagesSearchItem(AdditionalProperties):
    """Each item contains the semantic match and the relevant document it belongs to.

    Example:
        {'text': 'Pump installation\\nFollow these 15 steps:\\n ...', 'document': {'id': 1234}, 'locations':
            [{'page_number': 3, 'left': 68.78, 'right': 478.56, 'top': 75.04, 'bottom': 386.1}, {'page_number': 4, 'left':
            68.78, 'right': 478.56, 'top': 75.04, 'bottom': 386.1}]}

    Attributes:
        text (str): The text representing the document passage that was related to your search query.
        locations (list[DocumentPassageLocation]):
        document (PassageDocument): A document
    """

    _FIT = {"text": "s", "locations": ("l", ("m", "DocumentPassageLocation")), "document": ("m", "PassageDocument")}
    _REQUIRED = ("text", "locations", "document")

    text: str
    locations: list[DocumentPassageLocation]
    document: PassageDocument
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        document = self.document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "locations": locations,
                "document": document,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_passage_location import DocumentPassageLocation  # noqa: PLC0415
        from ..models.passage_document import PassageDocument  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = DocumentPassageLocation.from_dict(locations_item_data)

            locations.append(locations_item)

        document = PassageDocument.from_dict(d.pop("document"))

        document_passages_search_item = cls(
            text=text,
            locations=locations,
            document=document,
        )

        document_passages_search_item.additional_properties = d
        return document_passages_search_item
