from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.entity_matching_predict_results_response_200_items_item_matches_item_target import (
        EntityMatchingPredictResultsResponse200ItemsItemMatchesItemTarget,
    )


T = TypeVar("T", bound="EntityMatchingPredictResultsResponse200ItemsItemMatchesItem")


@_attrs_define
class EntityMatchingPredictResultsResponse200ItemsItemMatchesItem(AdditionalProperties):
    """
    Attributes:
        score (float | Unset): The model's confidence in the match. Example: 0.98.
        target (EntityMatchingPredictResultsResponse200ItemsItemMatchesItemTarget | Unset): The target item given to
            predict. Example: {'field': 'value', 'ignoredfield': {'key': 'value'}}.
    """

    _FIT = {"score": "n", "target": ("m", "EntityMatchingPredictResultsResponse200ItemsItemMatchesItemTarget")}
    _REQUIRED = ()

    score: float | Unset = UNSET
    target: EntityMatchingPredictResultsResponse200ItemsItemMatchesItemTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score is not UNSET:
            field_dict["score"] = score
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_matching_predict_results_response_200_items_item_matches_item_target import (
            EntityMatchingPredictResultsResponse200ItemsItemMatchesItemTarget,  # noqa: PLC0415
        )

        d = dict(src_dict)
        score = d.pop("score", UNSET)

        _target = d.pop("target", UNSET)
        target: EntityMatchingPredictResultsResponse200ItemsItemMatchesItemTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = EntityMatchingPredictResultsResponse200ItemsItemMatchesItemTarget.from_dict(_target)

        entity_matching_predict_results_response_200_items_item_matches_item = cls(
            score=score,
            target=target,
        )

        entity_matching_predict_results_response_200_items_item_matches_item.additional_properties = d
        return entity_matching_predict_results_response_200_items_item_matches_item
