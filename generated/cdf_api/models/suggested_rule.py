from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.rule_match import RuleMatch


T = TypeVar("T", bound="SuggestedRule")


@_attrs_define
class SuggestedRule(AdditionalProperties):
    """
    Attributes:
        matches (list[RuleMatch] | Unset):
        input_pattern (str | Unset):
        predict_pattern (str | Unset):
        num_matches (int | Unset): The number of matches belonging to the rule Example: 14.
        avg_score (float | Unset):  Example: 0.73.
        match_index (list[int] | Unset):  Example: [1, 7].
    """

    _FIT = {
        "matches": ("l", ("m", "RuleMatch")),
        "inputPattern": "s",
        "predictPattern": "s",
        "numMatches": "i",
        "avgScore": "n",
        "matchIndex": ("l", "i"),
    }
    _REQUIRED = ()

    matches: list[RuleMatch] | Unset = UNSET
    input_pattern: str | Unset = UNSET
    predict_pattern: str | Unset = UNSET
    num_matches: int | Unset = UNSET
    avg_score: float | Unset = UNSET
    match_index: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matches, Unset):
            matches = []
            for matches_item_data in self.matches:
                matches_item = matches_item_data.to_dict()
                matches.append(matches_item)

        input_pattern = self.input_pattern

        predict_pattern = self.predict_pattern

        num_matches = self.num_matches

        avg_score = self.avg_score

        match_index: list[int] | Unset = UNSET
        if not isinstance(self.match_index, Unset):
            match_index = self.match_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matches is not UNSET:
            field_dict["matches"] = matches
        if input_pattern is not UNSET:
            field_dict["inputPattern"] = input_pattern
        if predict_pattern is not UNSET:
            field_dict["predictPattern"] = predict_pattern
        if num_matches is not UNSET:
            field_dict["numMatches"] = num_matches
        if avg_score is not UNSET:
            field_dict["avgScore"] = avg_score
        if match_index is not UNSET:
            field_dict["matchIndex"] = match_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_match import RuleMatch  # noqa: PLC0415

        d = dict(src_dict)
        _matches = d.pop("matches", UNSET)
        matches: list[RuleMatch] | Unset = UNSET
        if _matches is not UNSET:
            matches = []
            for matches_item_data in _matches:
                matches_item = RuleMatch.from_dict(matches_item_data)

                matches.append(matches_item)

        input_pattern = d.pop("inputPattern", UNSET)

        predict_pattern = d.pop("predictPattern", UNSET)

        num_matches = d.pop("numMatches", UNSET)

        avg_score = d.pop("avgScore", UNSET)

        match_index = cast(list[int], d.pop("matchIndex", UNSET))

        suggested_rule = cls(
            matches=matches,
            input_pattern=input_pattern,
            predict_pattern=predict_pattern,
            num_matches=num_matches,
            avg_score=avg_score,
            match_index=match_index,
        )

        suggested_rule.additional_properties = d
        return suggested_rule
