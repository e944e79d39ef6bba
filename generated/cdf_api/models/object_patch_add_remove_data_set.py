from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.object_patch_add_remove_data_set_add import ObjectPatchAddRemoveDataSetAdd


T = TypeVar("T", bound="ObjectPatchAddRemoveDataSet")


@_attrs_define
class ObjectPatchAddRemoveDataSet(AdditionalProperties):
    """
    Attributes:
        add (ObjectPatchAddRemoveDataSetAdd | Unset): Add the key-value pairs. Values for existing keys will be
            overwritten. Example: {'key1': 'value1', 'key2': 'value2'}.
        remove (list[str] | Unset): Remove the key-value pairs with the specified keys. Example: ['value1', 'value2'].
    """

    _FIT = {"add": ("m", "ObjectPatchAddRemoveDataSetAdd"), "remove": ("l", "s")}
    _REQUIRED = ()

    add: ObjectPatchAddRemoveDataSetAdd | Unset = UNSET
    remove: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add: dict[str, Any] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = self.add.to_dict()

        remove: list[str] | Unset = UNSET
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
        from ..models.object_patch_add_remove_data_set_add import ObjectPatchAddRemoveDataSetAdd  # noqa: PLC0415

        d = dict(src_dict)
        _add = d.pop("add", UNSET)
        add: ObjectPatchAddRemoveDataSetAdd | Unset
        if isinstance(_add, Unset):
            add = UNSET
        else:
            add = ObjectPatchAddRemoveDataSetAdd.from_dict(_add)

        remove = cast(list[str], d.pop("remove", UNSET))

        object_patch_add_remove_data_set = cls(
            add=add,
            remove=remove,
        )

        object_patch_add_remove_data_set.additional_properties = d
        return object_patch_add_remove_data_set
