from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.entity_matching_predict_results_response_200_items_item_matches_item import (
        EntityMatchingPredictResultsResponse200ItemsItemMatchesItem,
    )
    from ..models.entity_matching_predict_results_response_200_items_item_source import (
        EntityMatchingPredictResultsResponse200ItemsItemSource,
    )


T = TypeVar("T", bound="EntityMatchingPredictResultsResponse200ItemsItem")


@_attrs_define
class EntityMatchingPredictResultsResponse200ItemsItem(AdditionalProperties):
    """
    Attributes:
        source (EntityMatchingPredictResultsResponse200ItemsItemSource): The source item given to predict. Example:
            {'field': 'value', 'ignoredfield': {'key': 'value'}}.
        matches (list[EntityMatchingPredictResultsResponse200ItemsItemMatchesItem]): Matched items, sorted from highest
            score to lowest. May be empty.
    """

    _FIT = {
        "source": ("m", "EntityMatchingPredictResultsResponse200ItemsItemSource"),
        "matches": ("l", ("m", "EntityMatchingPredictResultsResponse200ItemsItemMatchesItem")),
    }
    _REQUIRED = ("source", "matches")

    source: EntityMatchingPredictResultsResponse200ItemsItemSource
    matches: list[EntityMatchingPredictResultsResponse200ItemsItemMatchesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "matches": matches,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_matching_predict_results_response_200_items_item_matches_item import (
            EntityMatchingPredictResultsResponse200ItemsItemMatchesItem,  # noqa: PLC0415
        )
        from ..models.entity_matching_predict_results_response_200_items_item_source import (
            EntityMatchingPredictResultsResponse200ItemsItemSource,  # noqa: PLC0415
        )

        d = dict(src_dict)
        source = EntityMatchingPredictResultsResponse200ItemsItemSource.from_dict(d.pop("source"))

        matches = []
        _matches = d.pop("matches")
        for matches_item_data in _matches:
            matches_item = EntityMatchingPredictResultsResponse200ItemsItemMatchesItem.from_dict(matches_item_data)

            matches.append(matches_item)

        entity_matching_predict_results_response_200_items_item = cls(
            source=source,
            matches=matches,
        )

        entity_matching_predict_results_response_200_items_item.additional_properties = d
        return entity_matching_predict_results_response_200_items_item
