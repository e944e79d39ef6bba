from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.dms_file_change_update import DMSFileChangeUpdate


T = TypeVar("T", bound="DMSFileChange")


@_attrs_define
class DMSFileChange(AdditionalProperties):
    """Changes will be applied to file.

    Attributes:
        update (DMSFileChangeUpdate):
    """

    _FIT = {"update": ("m", "DMSFileChangeUpdate")}
    _REQUIRED = ("update",)

    update: DMSFileChangeUpdate
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
        from ..models.dms_file_change_update import DMSFileChangeUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = DMSFileChangeUpdate.from_dict(d.pop("update"))

        dms_file_change = cls(
            update=update,
        )

        dms_file_change.additional_properties = d
        return dms_file_change
