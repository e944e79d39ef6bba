from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.ext_pipe_update_data import ExtPipeUpdateData


T = TypeVar("T", bound="ExtPipeUpdateById")


@_attrs_define
class ExtPipeUpdateById(AdditionalProperties):
    """
    Attributes:
        id (int | Unset): A server-generated ID for the object.
        update (ExtPipeUpdateData | Unset): List of updates for Extraction Pipeline
    """

    _FIT = {"id": "i", "update": ("m", "ExtPipeUpdateData")}
    _REQUIRED = ()

    id: int | Unset = UNSET
    update: ExtPipeUpdateData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ext_pipe_update_data import ExtPipeUpdateData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _update = d.pop("update", UNSET)
        update: ExtPipeUpdateData | Unset
        if isinstance(_update, Unset):
            update = UNSET
        else:
            update = ExtPipeUpdateData.from_dict(_update)

        ext_pipe_update_by_id = cls(
            id=id,
            update=update,
        )

        ext_pipe_update_by_id.additional_properties = d
        return ext_pipe_update_by_id
