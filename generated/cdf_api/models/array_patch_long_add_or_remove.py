from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ArrayPatchLongAddOrRemove")


@_attrs_define
class ArrayPatchLongAddOrRemove(AdditionalProperties):
    """
    Attributes:
        add (list[int] | Unset):
        remove (list[int] | Unset):
    """

    _FIT = {"add": ("l", "i"), "remove": ("l", "i")}
    _REQUIRED = ()

    add: list[int] | Unset = UNSET
    remove: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add: list[int] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = self.add

        remove: list[int] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add = cast(list[int], d.pop("add", UNSET))

        remove = cast(list[int], d.pop("remove", UNSET))

        array_patch_long_add_or_remove = cls(
            add=add,
            remove=remove,
        )

        array_patch_long_add_or_remove.additional_properties = d
        return array_patch_long_add_or_remove
