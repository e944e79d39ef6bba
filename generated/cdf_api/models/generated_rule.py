from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.rule_match import RuleMatch


T = TypeVar("T", bound="GeneratedRule")


@_attrs_define
class GeneratedRule(AdditionalProperties):
    """An entity matching rule matches source entities with target entities based on a pattern defined by the rule.
    A rule has extractors that both require entities to follow a certain format, and produce lists of features.

    For a regex extractor, a specific field must match a pattern, and parts of the pattern become the features.
    The conditions of a rule express which extracted features must be equal for two entities to match.

    Since extractors restrict the scopes of rules to entities that conform with patterns, two rules will often not
    have entities in common that they apply to. But if they do, the more specific rule is given higher priority.

    If one rule is not a special case of the other, they may be inconsistent (conflict) or redundant (overlap).

        Attributes:
            matches (list[RuleMatch] | Unset):
            num_conflicts (int | Unset):  Example: 3.
            num_overlaps (int | Unset):  Example: 1.
    """

    _FIT = {"matches": ("l", ("m", "RuleMatch")), "numConflicts": "i", "numOverlaps": "i"}
    _REQUIRED = ()

    matches: list[RuleMatch] | Unset = UNSET
    num_conflicts: int | Unset = UNSET
    num_overlaps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matches, Unset):
            matches = []
            for matches_item_data in self.matches:
                matches_item = matches_item_data.to_dict()
                matches.append(matches_item)

        num_conflicts = self.num_conflicts

        num_overlaps = self.num_overlaps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matches is not UNSET:
            field_dict["matches"] = matches
        if num_conflicts is not UNSET:
            field_dict["numConflicts"] = num_conflicts
        if num_overlaps is not UNSET:
            field_dict["numOverlaps"] = num_overlaps

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

        num_conflicts = d.pop("numConflicts", UNSET)

        num_overlaps = d.pop("numOverlaps", UNSET)

        generated_rule = cls(
            matches=matches,
            num_conflicts=num_conflicts,
            num_overlaps=num_overlaps,
        )

        generated_rule.additional_properties = d
        return generated_rule
