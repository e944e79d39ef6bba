from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AssetTagDetectionParameters")


@_attrs_define
class AssetTagDetectionParameters(AdditionalProperties):
    """Parameters for asset tag detection.

    Attributes:
        threshold (float | Unset): The confidence threshold returns predictions as positive if their confidence score is
            the selected value or higher.
            A higher confidence threshold increases precision but lowers recall, and vice versa.
             Example: 0.8.
        partial_match (bool | Unset): Allow partial (fuzzy) matching of detected external IDs in the file.
            Will only match when it is possible to do so unambiguously.
             Example: True.
        asset_subtree_ids (list[int] | Unset): Search for external ID or name of assets that are in a subtree rooted at
            one of
            the assetSubtreeIds (including the roots given).
             Example: [1, 2].
    """

    _FIT = {"threshold": "n", "partialMatch": "b", "assetSubtreeIds": ("l", "i")}
    _REQUIRED = ()

    threshold: float | Unset = UNSET
    partial_match: bool | Unset = UNSET
    asset_subtree_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold = self.threshold

        partial_match = self.partial_match

        asset_subtree_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_subtree_ids, Unset):
            asset_subtree_ids = self.asset_subtree_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if partial_match is not UNSET:
            field_dict["partialMatch"] = partial_match
        if asset_subtree_ids is not UNSET:
            field_dict["assetSubtreeIds"] = asset_subtree_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold = d.pop("threshold", UNSET)

        partial_match = d.pop("partialMatch", UNSET)

        asset_subtree_ids = cast(list[int], d.pop("assetSubtreeIds", UNSET))

        asset_tag_detection_parameters = cls(
            threshold=threshold,
            partial_match=partial_match,
            asset_subtree_ids=asset_subtree_ids,
        )

        asset_tag_detection_parameters.additional_properties = d
        return asset_tag_detection_parameters
