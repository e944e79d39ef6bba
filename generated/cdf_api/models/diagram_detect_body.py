from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.diagram_detect_entities_item import DiagramDetectEntitiesItem
    from ..models.file_reference_with_page_range_option_0 import FileReferenceWithPageRangeOption0
    from ..models.file_reference_with_page_range_option_1 import FileReferenceWithPageRangeOption1
    from ..models.file_reference_with_page_range_option_2 import FileReferenceWithPageRangeOption2


T = TypeVar("T", bound="DiagramDetectBody")


@_attrs_define
class DiagramDetectBody(AdditionalProperties):
    """
    Attributes:
        items (list[FileReferenceWithPageRangeOption0 | FileReferenceWithPageRangeOption1 |
            FileReferenceWithPageRangeOption2]): Files to run entity detection on.
        entities (list[DiagramDetectEntitiesItem]): A list of entities to look for. For example, all the assets under a
            root node. The `searchField` determines the strings that identify the entities. Example: [{'userDefinedField':
            '21PT1017', 'ignoredField': 'AA11'}, {'userDefinedField': ['21PT1017-A', '21PT1017-B']}].
        search_field (str | Unset): This field determines the string to search for and to identify object entities.
            Example: userDefinedField.
        partial_match (bool | Unset): Allow partial (fuzzy) matching of entities in the engineering diagrams. Creates a
            match only when it is possible to do so unambiguously.
        min_tokens (int | Unset): Each detected item must match the detected entity on at least this number of tokens. A
            token is a substring of consecutive letters or digits.
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "FileReferenceWithPageRangeOption0"),
                    ("m", "FileReferenceWithPageRangeOption1"),
                    ("m", "FileReferenceWithPageRangeOption2"),
                ),
            ),
        ),
        "entities": ("l", ("m", "DiagramDetectEntitiesItem")),
        "searchField": "s",
        "partialMatch": "b",
        "minTokens": "i",
    }
    _REQUIRED = ("items", "entities")

    items: list[
        FileReferenceWithPageRangeOption0 | FileReferenceWithPageRangeOption1 | FileReferenceWithPageRangeOption2
    ]
    entities: list[DiagramDetectEntitiesItem]
    search_field: str | Unset = UNSET
    partial_match: bool | Unset = UNSET
    min_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        entities = []
        for componentsschemas_diagram_detect_entities_item_data in self.entities:
            componentsschemas_diagram_detect_entities_item = (
                componentsschemas_diagram_detect_entities_item_data.to_dict()
            )
            entities.append(componentsschemas_diagram_detect_entities_item)

        search_field = self.search_field

        partial_match = self.partial_match

        min_tokens = self.min_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "entities": entities,
            }
        )
        if search_field is not UNSET:
            field_dict["searchField"] = search_field
        if partial_match is not UNSET:
            field_dict["partialMatch"] = partial_match
        if min_tokens is not UNSET:
            field_dict["minTokens"] = min_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_detect_entities_item import DiagramDetectEntitiesItem  # noqa: PLC0415
        from ..models.file_reference_with_page_range_option_0 import FileReferenceWithPageRangeOption0  # noqa: PLC0415
        from ..models.file_reference_with_page_range_option_1 import FileReferenceWithPageRangeOption1  # noqa: PLC0415
        from ..models.file_reference_with_page_range_option_2 import FileReferenceWithPageRangeOption2  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                FileReferenceWithPageRangeOption0
                | FileReferenceWithPageRangeOption1
                | FileReferenceWithPageRangeOption2
            ):
                return parse_best(
                    data,
                    (
                        FileReferenceWithPageRangeOption0,
                        FileReferenceWithPageRangeOption1,
                        FileReferenceWithPageRangeOption2,
                    ),
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        entities = []
        _entities = d.pop("entities")
        for componentsschemas_diagram_detect_entities_item_data in _entities:
            componentsschemas_diagram_detect_entities_item = DiagramDetectEntitiesItem.from_dict(
                componentsschemas_diagram_detect_entities_item_data
            )

            entities.append(componentsschemas_diagram_detect_entities_item)

        search_field = d.pop("searchField", UNSET)

        partial_match = d.pop("partialMatch", UNSET)

        min_tokens = d.pop("minTokens", UNSET)

        diagram_detect_body = cls(
            items=items,
            entities=entities,
            search_field=search_field,
            partial_match=partial_match,
            min_tokens=min_tokens,
        )

        diagram_detect_body.additional_properties = d
        return diagram_detect_body
