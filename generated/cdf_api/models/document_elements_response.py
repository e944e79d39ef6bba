from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.document_list_element_with_element_granularity import DocumentListElementWithElementGranularity
    from ..models.document_list_element_with_line_granularity import DocumentListElementWithLineGranularity
    from ..models.document_list_element_with_word_granularity import DocumentListElementWithWordGranularity
    from ..models.document_paragraph_element_with_element_granularity import (
        DocumentParagraphElementWithElementGranularity,
    )
    from ..models.document_paragraph_element_with_line_granularity import DocumentParagraphElementWithLineGranularity
    from ..models.document_paragraph_element_with_word_granularity import DocumentParagraphElementWithWordGranularity
    from ..models.document_table_element_with_element_granularity import DocumentTableElementWithElementGranularity
    from ..models.document_table_element_with_line_granularity import DocumentTableElementWithLineGranularity
    from ..models.document_table_element_with_word_granularity import DocumentTableElementWithWordGranularity
    from ..models.document_table_of_contents_element_with_element_granularity import (
        DocumentTableOfContentsElementWithElementGranularity,
    )
    from ..models.document_table_of_contents_element_with_line_granularity import (
        DocumentTableOfContentsElementWithLineGranularity,
    )
    from ..models.document_table_of_contents_element_with_word_granularity import (
        DocumentTableOfContentsElementWithWordGranularity,
    )
    from ..models.document_title_element_with_element_granularity import DocumentTitleElementWithElementGranularity
    from ..models.document_title_element_with_line_granularity import DocumentTitleElementWithLineGranularity
    from ..models.document_title_element_with_word_granularity import DocumentTitleElementWithWordGranularity


T = TypeVar("T", bound="DocumentElementsResponse")


@_attrs_define
class DocumentElementsResponse(AdditionalProperties):
    """
    Attributes:
        elements (list[DocumentListElementWithElementGranularity | DocumentListElementWithLineGranularity |
            DocumentListElementWithWordGranularity | DocumentParagraphElementWithElementGranularity |
            DocumentParagraphElementWithLineGranularity | DocumentParagraphElementWithWordGranularity |
            DocumentTableElementWithElementGranularity | DocumentTableElementWithLineGranularity |
            DocumentTableElementWithWordGranularity | DocumentTableOfContentsElementWithElementGranularity |
            DocumentTableOfContentsElementWithLineGranularity | DocumentTableOfContentsElementWithWordGranularity |
            DocumentTitleElementWithElementGranularity | DocumentTitleElementWithLineGranularity |
            DocumentTitleElementWithWordGranularity]):
    """

    _FIT = {
        "elements": (
            "l",
            (
                "u",
                (
                    ("m", "DocumentTitleElementWithElementGranularity"),
                    ("m", "DocumentParagraphElementWithElementGranularity"),
                    ("m", "DocumentListElementWithElementGranularity"),
                    ("m", "DocumentTableOfContentsElementWithElementGranularity"),
                    ("m", "DocumentTableElementWithElementGranularity"),
                    ("m", "DocumentTitleElementWithLineGranularity"),
                    ("m", "DocumentParagraphElementWithLineGranularity"),
                    ("m", "DocumentListElementWithLineGranularity"),
                    ("m", "DocumentTableOfContentsElementWithLineGranularity"),
                    ("m", "DocumentTableElementWithLineGranularity"),
                    ("m", "DocumentTitleElementWithWordGranularity"),
                    ("m", "DocumentParagraphElementWithWordGranularity"),
                    ("m", "DocumentListElementWithWordGranularity"),
                    ("m", "DocumentTableOfContentsElementWithWordGranularity"),
                    ("m", "DocumentTableElementWithWordGranularity"),
                ),
            ),
        )
    }
    _REQUIRED = ("elements",)

    elements: list[
        DocumentListElementWithElementGranularity
        | DocumentListElementWithLineGranularity
        | DocumentListElementWithWordGranularity
        | DocumentParagraphElementWithElementGranularity
        | DocumentParagraphElementWithLineGranularity
        | DocumentParagraphElementWithWordGranularity
        | DocumentTableElementWithElementGranularity
        | DocumentTableElementWithLineGranularity
        | DocumentTableElementWithWordGranularity
        | DocumentTableOfContentsElementWithElementGranularity
        | DocumentTableOfContentsElementWithLineGranularity
        | DocumentTableOfContentsElementWithWordGranularity
        | DocumentTitleElementWithElementGranularity
        | DocumentTitleElementWithLineGranularity
        | DocumentTitleElementWithWordGranularity
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        elements = []
        for componentsschemas_document_elements_item_data in self.elements:
            componentsschemas_document_elements_item: dict[str, Any]
            componentsschemas_document_elements_item = componentsschemas_document_elements_item_data.to_dict()

            elements.append(componentsschemas_document_elements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "elements": elements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_list_element_with_element_granularity import DocumentListElementWithElementGranularity  # noqa: PLC0415
        from ..models.document_list_element_with_line_granularity import DocumentListElementWithLineGranularity  # noqa: PLC0415
        from ..models.document_list_element_with_word_granularity import DocumentListElementWithWordGranularity  # noqa: PLC0415
        from ..models.document_paragraph_element_with_element_granularity import (
            DocumentParagraphElementWithElementGranularity,  # noqa: PLC0415
        )
        from ..models.document_paragraph_element_with_line_granularity import (
            DocumentParagraphElementWithLineGranularity,  # noqa: PLC0415
        )
        from ..models.document_paragraph_element_with_word_granularity import (
            DocumentParagraphElementWithWordGranularity,  # noqa: PLC0415
        )
        from ..models.document_table_element_with_element_granularity import DocumentTableElementWithElementGranularity  # noqa: PLC0415
        from ..models.document_table_element_with_line_granularity import DocumentTableElementWithLineGranularity  # noqa: PLC0415
        from ..models.document_table_element_with_word_granularity import DocumentTableElementWithWordGranularity  # noqa: PLC0415
        from ..models.document_table_of_contents_element_with_element_granularity import (
            DocumentTableOfContentsElementWithElementGranularity,  # noqa: PLC0415
        )
        from ..models.document_table_of_contents_element_with_line_granularity import (
            DocumentTableOfContentsElementWithLineGranularity,  # noqa: PLC0415
        )
        from ..models.document_table_of_contents_element_with_word_granularity import (
            DocumentTableOfContentsElementWithWordGranularity,  # noqa: PLC0415
        )
        from ..models.document_title_element_with_element_granularity import DocumentTitleElementWithElementGranularity  # noqa: PLC0415
        from ..models.document_title_element_with_line_granularity import DocumentTitleElementWithLineGranularity  # noqa: PLC0415
        from ..models.document_title_element_with_word_granularity import DocumentTitleElementWithWordGranularity  # noqa: PLC0415

        d = dict(src_dict)
        elements = []
        _elements = d.pop("elements")
        for componentsschemas_document_elements_item_data in _elements:

            def _parse_componentsschemas_document_elements_item(
                data: object,
            ) -> (
                DocumentListElementWithElementGranularity
                | DocumentListElementWithLineGranularity
                | DocumentListElementWithWordGranularity
                | DocumentParagraphElementWithElementGranularity
                | DocumentParagraphElementWithLineGranularity
                | DocumentParagraphElementWithWordGranularity
                | DocumentTableElementWithElementGranularity
                | DocumentTableElementWithLineGranularity
                | DocumentTableElementWithWordGranularity
                | DocumentTableOfContentsElementWithElementGranularity
                | DocumentTableOfContentsElementWithLineGranularity
                | DocumentTableOfContentsElementWithWordGranularity
                | DocumentTitleElementWithElementGranularity
                | DocumentTitleElementWithLineGranularity
                | DocumentTitleElementWithWordGranularity
            ):
                return parse_best(
                    data,
                    (
                        DocumentTitleElementWithElementGranularity,
                        DocumentParagraphElementWithElementGranularity,
                        DocumentListElementWithElementGranularity,
                        DocumentTableOfContentsElementWithElementGranularity,
                        DocumentTableElementWithElementGranularity,
                        DocumentTitleElementWithLineGranularity,
                        DocumentParagraphElementWithLineGranularity,
                        DocumentListElementWithLineGranularity,
                        DocumentTableOfContentsElementWithLineGranularity,
                        DocumentTableElementWithLineGranularity,
                        DocumentTitleElementWithWordGranularity,
                        DocumentParagraphElementWithWordGranularity,
                        DocumentListElementWithWordGranularity,
                        DocumentTableOfContentsElementWithWordGranularity,
                        DocumentTableElementWithWordGranularity,
                    ),
                )

            componentsschemas_document_elements_item = _parse_componentsschemas_document_elements_item(
                componentsschemas_document_elements_item_data
            )

            elements.append(componentsschemas_document_elements_item)

        document_elements_response = cls(
            elements=elements,
        )

        document_elements_response.additional_properties = d
        return document_elements_response
