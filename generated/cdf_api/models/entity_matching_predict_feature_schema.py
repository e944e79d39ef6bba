from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.sources_item import SourcesItem
    from ..models.targets_item import TargetsItem


T = TypeVar("T", bound="EntityMatchingPredictFeatureSchema")


@_attrs_define
class EntityMatchingPredictFeatureSchema(AdditionalProperties):
    """
    Attributes:
        sources (list[SourcesItem] | Unset): List of custom source object to match from, for example, time series.
            String key -> value. Only string values are considered in the matching. Both `id` and `externalId` fields are
            optional, only mandatory if the item is to be referenced in `trueMatches`.
        targets (list[TargetsItem] | Unset): List of custom target object to match to, for example, assets. String key
            -> value. Only string values are considered in the matching. Both `id` and `externalId` fields are optional,
            only mandatory if the item is to be referenced in `trueMatches`.
        num_matches (int | Unset): The maximum number of results to return for each source entity. Example: 3.
        score_threshold (float | Unset): Only return matches with score above this threshold. Example: 0.7.
    """

    _FIT = {
        "sources": ("l", ("m", "SourcesItem")),
        "targets": ("l", ("m", "TargetsItem")),
        "numMatches": "i",
        "scoreThreshold": "n",
    }
    _REQUIRED = ()

    sources: list[SourcesItem] | Unset = UNSET
    targets: list[TargetsItem] | Unset = UNSET
    num_matches: int | Unset = UNSET
    score_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for componentsschemas_sources_item_data in self.sources:
                componentsschemas_sources_item = componentsschemas_sources_item_data.to_dict()
                sources.append(componentsschemas_sources_item)

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for componentsschemas_targets_item_data in self.targets:
                componentsschemas_targets_item = componentsschemas_targets_item_data.to_dict()
                targets.append(componentsschemas_targets_item)

        num_matches = self.num_matches

        score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources
        if targets is not UNSET:
            field_dict["targets"] = targets
        if num_matches is not UNSET:
            field_dict["numMatches"] = num_matches
        if score_threshold is not UNSET:
            field_dict["scoreThreshold"] = score_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sources_item import SourcesItem  # noqa: PLC0415
        from ..models.targets_item import TargetsItem  # noqa: PLC0415

        d = dict(src_dict)
        _sources = d.pop("sources", UNSET)
        sources: list[SourcesItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for componentsschemas_sources_item_data in _sources:
                componentsschemas_sources_item = SourcesItem.from_dict(componentsschemas_sources_item_data)

                sources.append(componentsschemas_sources_item)

        _targets = d.pop("targets", UNSET)
        targets: list[TargetsItem] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for componentsschemas_targets_item_data in _targets:
                componentsschemas_targets_item = TargetsItem.from_dict(componentsschemas_targets_item_data)

                targets.append(componentsschemas_targets_item)

        num_matches = d.pop("numMatches", UNSET)

        score_threshold = d.pop("scoreThreshold", UNSET)

        entity_matching_predict_feature_schema = cls(
            sources=sources,
            targets=targets,
            num_matches=num_matches,
            score_threshold=score_threshold,
        )

        entity_matching_predict_feature_schema.additional_properties = d
        return entity_matching_predict_feature_schema
