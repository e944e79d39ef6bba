from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.data_set_patch_update import DataSetPatchUpdate


T = TypeVar("T", bound="DataSetPatch")


@_attrs_define
class DataSetPatch(AdditionalProperties):
    """Update applied to single data set

    Attributes:
        update (DataSetPatchUpdate):
    """

    _FIT = {"update": ("m", "DataSetPatchUpdate")}
    _REQUIRED = ("update",)

    update: DataSetPatchUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set_patch_update import DataSetPatchUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = DataSetPatchUpdate.from_dict(d.pop("update"))

        data_set_patch = cls(
            update=update,
        )

        data_set_patch.additional_properties = d
        return data_set_patch
