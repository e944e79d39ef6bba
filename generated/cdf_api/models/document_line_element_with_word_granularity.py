from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_word_element import DocumentWordElement


T = TypeVar("T", bound="DocumentLineElementWithWordGranularity")


@_attrs_define
class DocumentLineElementWithWordGranularity(AdditionalProperties):
    """A single line containing a list of words

    Attributes:
        words (list[DocumentWordElement]):
    """

    _FIT = {"words": ("l", ("m", "DocumentWordElement"))}
    _REQUIRED = ("words",)

    words: list[DocumentWordElement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        words = []
        for words_item_data in self.words:
            words_item = words_item_data.to_dict()
            words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "words": words,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_word_element import DocumentWordElement  # noqa: PLC0415

        d = dict(src_dict)
        words = []
        _words = d.pop("words")
        for words_item_data in _words:
            words_item = DocumentWordElement.from_dict(words_item_data)

            words.append(words_item)

        document_line_element_with_word_granularity = cls(
            words=words,
        )

        document_line_element_with_word_granularity.additional_properties = d
        return document_line_element_with_word_granularity
