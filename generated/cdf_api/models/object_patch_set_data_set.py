from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.object_patch_set_data_set_set import ObjectPatchSetDataSetSet


T = TypeVar("T", bound="ObjectPatchSetDataSet")


@_attrs_define
class ObjectPatchSetDataSet(AdditionalProperties):
    """
    Attributes:
        set_ (ObjectPatchSetDataSetSet): Set the key-value pairs. All existing key-value pairs will be removed. Example:
            {'key1': 'value1', 'key2': 'value2'}.
    """

    _FIT = {"set": ("m", "ObjectPatchSetDataSetSet")}
    _REQUIRED = ("set",)

    set_: ObjectPatchSetDataSetSet
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
        from ..models.object_patch_set_data_set_set import ObjectPatchSetDataSetSet  # noqa: PLC0415

        d = dict(src_dict)
        set_ = ObjectPatchSetDataSetSet.from_dict(d.pop("set"))

        object_patch_set_data_set = cls(
            set_=set_,
        )

        object_patch_set_data_set.additional_properties = d
        return object_patch_set_data_set
