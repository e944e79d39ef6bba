from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.dictionary_update_set import DictionaryUpdateSet


T = TypeVar("T", bound="DictionaryUpdate")


@_attrs_define
class DictionaryUpdate(AdditionalProperties):
    """
    Attributes:
        set_ (DictionaryUpdateSet): Value to set
    """

    _FIT = {"set": ("m", "DictionaryUpdateSet")}
    _REQUIRED = ("set",)

    set_: DictionaryUpdateSet
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.to_dict()

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
        from ..models.dictionary_update_set import DictionaryUpdateSet  # noqa: PLC0415

        d = dict(src_dict)
        set_ = DictionaryUpdateSet.from_dict(d.pop("set"))

        dictionary_update = cls(
            set_=set_,
        )

        dictionary_update.additional_properties = d
        return dictionary_update
