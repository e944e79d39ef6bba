from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.document import Document
    from ..models.document_highlight import DocumentHighlight


T = TypeVar("T", bound="DocumentSearchItem")


@_attrs_define
class DocumentSearchItem(AdditionalProperties):
    """
    Attributes:
        item (Document): A document
        highlight (DocumentHighlight | Unset): Highlighted snippets from name and content fields which show where the
            query matches are. The matched terms will be placed inside <em> tags Example: {'name': ['amet elit <em>non
            diam</em> aliquam suscipit'], 'content': ['Nunc <em>vulputate erat</em> ipsum, at aliquet ligula vestibulum at',
            '<em>Quisque</em> lectus ex, fringilla aliquet <em>eleifend</em> nec, laoreet a velit.\\n\\nPhasellus
            <em>faucibus</em> risus arcu']}.
    """

    _FIT = {"item": ("m", "Document"), "highlight": ("m", "DocumentHighlight")}
    _REQUIRED = ("item",)

    item: Document
    highlight: DocumentHighlight | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item = self.item.to_dict()

        highlight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.highlight, Unset):
            highlight = self.highlight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
            }
        )
        if highlight is not UNSET:
            field_dict["highlight"] = highlight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415
        from ..models.document_highlight import DocumentHighlight  # noqa: PLC0415

        d = dict(src_dict)
        item = Document.from_dict(d.pop("item"))

        _highlight = d.pop("highlight", UNSET)
        highlight: DocumentHighlight | Unset
        if isinstance(_highlight, Unset):
            highlight = UNSET
        else:
            highlight = DocumentHighlight.from_dict(_highlight)

        document_search_item = cls(
            item=item,
            highlight=highlight,
        )

        document_search_item.additional_properties = d
        return document_search_item
