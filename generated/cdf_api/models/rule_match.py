from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.rule_match_source import RuleMatchSource
    from ..models.rule_match_target import RuleMatchTarget


T = TypeVar("T", bound="RuleMatch")


@_attrs_define
class RuleMatch(AdditionalProperties):
    """
    Attributes:
        source_key_field (str | Unset):
        target_key_field (str | Unset):
        source (RuleMatchSource | Unset):
        target (RuleMatchTarget | Unset):
        existing_match_type (str | Unset):
        consistent_match (bool | Unset):
    """

    _FIT = {
        "sourceKeyField": "s",
        "targetKeyField": "s",
        "source": ("m", "RuleMatchSource"),
        "target": ("m", "RuleMatchTarget"),
        "existingMatchType": "s",
        "consistentMatch": "b",
    }
    _REQUIRED = ()

    source_key_field: str | Unset = UNSET
    target_key_field: str | Unset = UNSET
    source: RuleMatchSource | Unset = UNSET
    target: RuleMatchTarget | Unset = UNSET
    existing_match_type: str | Unset = UNSET
    consistent_match: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_key_field = self.source_key_field

        target_key_field = self.target_key_field

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        existing_match_type = self.existing_match_type

        consistent_match = self.consistent_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_key_field is not UNSET:
            field_dict["sourceKeyField"] = source_key_field
        if target_key_field is not UNSET:
            field_dict["targetKeyField"] = target_key_field
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target
        if existing_match_type is not UNSET:
            field_dict["existingMatchType"] = existing_match_type
        if consistent_match is not UNSET:
            field_dict["consistentMatch"] = consistent_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_match_source import RuleMatchSource  # noqa: PLC0415
        from ..models.rule_match_target import RuleMatchTarget  # noqa: PLC0415

        d = dict(src_dict)
        source_key_field = d.pop("sourceKeyField", UNSET)

        target_key_field = d.pop("targetKeyField", UNSET)

        _source = d.pop("source", UNSET)
        source: RuleMatchSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = RuleMatchSource.from_dict(_source)

        _target = d.pop("target", UNSET)
        target: RuleMatchTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = RuleMatchTarget.from_dict(_target)

        existing_match_type = d.pop("existingMatchType", UNSET)

        consistent_match = d.pop("consistentMatch", UNSET)

        rule_match = cls(
            source_key_field=source_key_field,
            target_key_field=target_key_field,
            source=source,
            target=target,
            existing_match_type=existing_match_type,
            consistent_match=consistent_match,
        )

        rule_match.additional_properties = d
        return rule_match
