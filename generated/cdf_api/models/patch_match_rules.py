from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.match_rule import MatchRule


T = TypeVar("T", bound="PatchMatchRules")


@_attrs_define
class PatchMatchRules(AdditionalProperties):
    """
    Attributes:
        set_ (list[MatchRule]): A collection of match rules
    """

    _FIT = {"set": ("l", ("m", "MatchRule"))}
    _REQUIRED = ("set",)

    set_: list[MatchRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = []
        for componentsschemas_match_rules_item_data in self.set_:
            componentsschemas_match_rules_item = componentsschemas_match_rules_item_data.to_dict()
            set_.append(componentsschemas_match_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_rule import MatchRule  # noqa: PLC0415

        d = dict(src_dict)
        set_ = []
        _set_ = d.pop("set")
        for componentsschemas_match_rules_item_data in _set_:
            componentsschemas_match_rules_item = MatchRule.from_dict(componentsschemas_match_rules_item_data)

            set_.append(componentsschemas_match_rules_item)

        patch_match_rules = cls(
            set_=set_,
        )

        patch_match_rules.additional_properties = d
        return patch_match_rules
