from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.update_revision_3d_update import UpdateRevision3DUpdate


T = TypeVar("T", bound="UpdateRevision3D")


@_attrs_define
class UpdateRevision3D(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        update (UpdateRevision3DUpdate | Unset):
    """

    _FIT = {"id": "i", "update": ("m", "UpdateRevision3DUpdate")}
    _REQUIRED = ("id",)

    id: int
    update: UpdateRevision3DUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_revision_3d_update import UpdateRevision3DUpdate  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _update = d.pop("update", UNSET)
        update: UpdateRevision3DUpdate | Unset
        if isinstance(_update, Unset):
            update = UNSET
        else:
            update = UpdateRevision3DUpdate.from_dict(_update)

        update_revision_3d = cls(
            id=id,
            update=update,
        )

        update_revision_3d.additional_properties = d
        return update_revision_3d
