from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.match_condition import MatchCondition
    from ..models.regex_extractor import RegexExtractor


T = TypeVar("T", bound="MatchRule")


@_attrs_define
class MatchRule(AdditionalProperties):
    """An entity matching rule matches source entities with target entities based on a pattern defined by the rule.
    A rule has extractors that both require entities to follow a certain format, and produce lists of features.

    For a regex extractor, a specific field must match a pattern, and parts of the pattern become the features.
    The conditions of a rule express which extracted features must be equal for two entities to match.

    Since extractors restrict the scopes of rules to entities that conform with patterns, two rules will often not
    have entities in common that they apply to. But if they do, the more specific rule is given higher priority.

    If one rule is not a special case of the other, they may be inconsistent (conflict) or redundant (overlap).

        Example:
            {'extractors': [{'entitySet': 'sources', 'extractorType': 'regex', 'field': 'species', 'pattern': '(.*)'},
                {'entitySet': 'targets', 'extractorType': 'regex', 'field': 'species', 'pattern': '(.*)'}], 'conditions':
                [{'conditionType': 'equals', 'arguments': [[0, 0], [1, 0]]}], 'priority': 10}

        Attributes:
            extractors (list[RegexExtractor]): An extractor produces a list of features based on a source entity or a target
                entity. In particular a regex extractor defines which entities (e.g. sources) it acts on, a field (e.g. name)
                and a regular expression. The extractor will only produce features if the field of an entity matches the
                pattern. The returned features are then substrings of the field as defined in the pattern. Entities in the
                relevant set that do not match the pattern will not be matched by the rule, but may be matched by other rules.
            conditions (list[MatchCondition]): List of conditions that must be met for the rule to link two entities. The
                conditions refer to features extracted by the extractors. A condition of type "equals" that refers to features
                extracted from a source entity and a target entity requires these features to be equal for the entities to
                match.
            priority (float | Unset): In case different rules provide matches for the same source entities, only the highest
                priority rules are applied to these entities.
    """

    _FIT = {"extractors": ("l", ("m", "RegexExtractor")), "conditions": ("l", ("m", "MatchCondition")), "priority": "n"}
    _REQUIRED = ("extractors", "conditions")

    extractors: list[RegexExtractor]
    conditions: list[MatchCondition]
    priority: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extractors = []
        for extractors_item_data in self.extractors:
            extractors_item = extractors_item_data.to_dict()
            extractors.append(extractors_item)

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extractors": extractors,
                "conditions": conditions,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_condition import MatchCondition  # noqa: PLC0415
        from ..models.regex_extractor import RegexExtractor  # noqa: PLC0415

        d = dict(src_dict)
        extractors = []
        _extractors = d.pop("extractors")
        for extractors_item_data in _extractors:
            extractors_item = RegexExtractor.from_dict(extractors_item_data)

            extractors.append(extractors_item)

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = MatchCondition.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        priority = d.pop("priority", UNSET)

        match_rule = cls(
            extractors=extractors,
            conditions=conditions,
            priority=priority,
        )

        match_rule.additional_properties = d
        return match_rule
