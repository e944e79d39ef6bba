from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.synonym_entry import SynonymEntry


T = TypeVar("T", bound="MatchConditionConfig")


@_attrs_define
class MatchConditionConfig(AdditionalProperties):
    """Configuration of the condition not captured in its arguments and type.

    Attributes:
        synonyms (list[SynonymEntry] | Unset): Entries describing tokens that are equivalent. Example: [{'sources':
            ['odour'], 'targets': ['odor']}, {'sources': ['petrol'], 'targets': ['gas', 'gasoline']}].
    """

    _FIT = {"synonyms": ("l", ("m", "SynonymEntry"))}
    _REQUIRED = ()

    synonyms: list[SynonymEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        synonyms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.synonyms, Unset):
            synonyms = []
            for synonyms_item_data in self.synonyms:
                synonyms_item = synonyms_item_data.to_dict()
                synonyms.append(synonyms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if synonyms is not UNSET:
            field_dict["synonyms"] = synonyms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synonym_entry import SynonymEntry  # noqa: PLC0415

        d = dict(src_dict)
        _synonyms = d.pop("synonyms", UNSET)
        synonyms: list[SynonymEntry] | Unset = UNSET
        if _synonyms is not UNSET:
            synonyms = []
            for synonyms_item_data in _synonyms:
                synonyms_item = SynonymEntry.from_dict(synonyms_item_data)

                synonyms.append(synonyms_item)

        match_condition_config = cls(
            synonyms=synonyms,
        )

        match_condition_config.additional_properties = d
        return match_condition_config
