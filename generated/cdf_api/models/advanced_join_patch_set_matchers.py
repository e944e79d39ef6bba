from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.raw_matcher import RAWMatcher


T = TypeVar("T", bound="AdvancedJoinPatchSetMatchers")


@_attrs_define
class AdvancedJoinPatchSetMatchers(AdditionalProperties):
    """
    Attributes:
        set_ (list[RAWMatcher] | Unset): The matchers to replace the advanced join's matchers entirely.
    """

    _FIT = {"set": ("l", ("m", "RAWMatcher"))}
    _REQUIRED = ()

    set_: list[RAWMatcher] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.set_, Unset):
            set_ = []
            for set_item_data in self.set_:
                set_item = set_item_data.to_dict()
                set_.append(set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_matcher import RAWMatcher  # noqa: PLC0415

        d = dict(src_dict)
        _set_ = d.pop("set", UNSET)
        set_: list[RAWMatcher] | Unset = UNSET
        if _set_ is not UNSET:
            set_ = []
            for set_item_data in _set_:
                set_item = RAWMatcher.from_dict(set_item_data)

                set_.append(set_item)

        advanced_join_patch_set_matchers = cls(
            set_=set_,
        )

        advanced_join_patch_set_matchers.additional_properties = d
        return advanced_join_patch_set_matchers
