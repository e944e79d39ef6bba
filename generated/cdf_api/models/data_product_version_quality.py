from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.rule_set_version_reference import RuleSetVersionReference


T = TypeVar("T", bound="DataProductVersionQuality")


@_attrs_define
class DataProductVersionQuality(AdditionalProperties):
    """Container for data quality rules.

    Attributes:
        rules (list[RuleSetVersionReference] | Unset): List of references to rule set versions that are applied to this
            data product version.
    """

    _FIT = {"rules": ("l", ("m", "RuleSetVersionReference"))}
    _REQUIRED = ()

    rules: list[RuleSetVersionReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_set_version_reference import RuleSetVersionReference  # noqa: PLC0415

        d = dict(src_dict)
        _rules = d.pop("rules", UNSET)
        rules: list[RuleSetVersionReference] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = RuleSetVersionReference.from_dict(rules_item_data)

                rules.append(rules_item)

        data_product_version_quality = cls(
            rules=rules,
        )

        data_product_version_quality.additional_properties = d
        return data_product_version_quality
