from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.regex_extractor_entity_set import RegexExtractorEntitySet
from ..types import AdditionalProperties

T = TypeVar("T", bound="RegexExtractor")


@_attrs_define
class RegexExtractor(AdditionalProperties):
    """An extractor that acts on entities from 'entitySet'. An entity must have a value of 'field' that matches the regular
    expression 'pattern' to get features. The features are the catching groups of the pattern, that is the parts that
    are in parenthesis. E.g. ([A-Z])-00([0-9]) applied to A-007 produces [A, 7] as features.

        Attributes:
            entity_set (RegexExtractorEntitySet): Which set of entities the extractor will extract features from.
            extractor_type (Literal['regex']): The type of extractor. Currently,  we only support "regex".
            field (str): The entity field that the extractor will get features from.
            pattern (str): A regular expression without nested catching groups.
    """

    _FIT = {"entitySet": "s", "extractorType": ("c", "regex"), "field": "s", "pattern": "s"}
    _REQUIRED = ("entitySet", "extractorType", "field", "pattern")

    entity_set: RegexExtractorEntitySet
    extractor_type: Literal["regex"]
    field: str
    pattern: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_set = self.entity_set.value

        extractor_type = self.extractor_type

        field = self.field

        pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entitySet": entity_set,
                "extractorType": extractor_type,
                "field": field,
                "pattern": pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_set = RegexExtractorEntitySet(d.pop("entitySet"))

        extractor_type = cast(Literal["regex"], d.pop("extractorType"))
        if extractor_type != "regex":
            raise ValueError(f"extractorType must match const 'regex', got '{extractor_type}'")

        field = d.pop("field")

        pattern = d.pop("pattern")

        regex_extractor = cls(
            entity_set=entity_set,
            extractor_type=extractor_type,
            field=field,
            pattern=pattern,
        )

        regex_extractor.additional_properties = d
        return regex_extractor
