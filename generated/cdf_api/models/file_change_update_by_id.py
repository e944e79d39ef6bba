from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.file_change_update import FileChangeUpdate


T = TypeVar("T", bound="FileChangeUpdateById")


@_attrs_define
class FileChangeUpdateById(AdditionalProperties):
    """
    Attributes:
        update (FileChangeUpdate):
        id (int): A server-generated ID for the object.
    """

    _FIT = {"update": ("m", "FileChangeUpdate"), "id": "i"}
    _REQUIRED = ("update", "id")

    update: FileChangeUpdate
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_change_update import FileChangeUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = FileChangeUpdate.from_dict(d.pop("update"))

        id = d.pop("id")

        file_change_update_by_id = cls(
            update=update,
            id=id,
        )

        file_change_update_by_id.additional_properties = d
        return file_change_update_by_id
