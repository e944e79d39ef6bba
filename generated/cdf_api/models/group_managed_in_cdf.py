from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GroupManagedInCDF")


@_attrs_define
class GroupManagedInCDF(AdditionalProperties):
    """
    Attributes:
        id (int): Unique ID of the group
        is_deleted (bool):
        deleted_time (int | Unset):
    """

    _FIT = {"id": "i", "isDeleted": "b", "deletedTime": "i"}
    _REQUIRED = ("id", "isDeleted")

    id: int
    is_deleted: bool
    deleted_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_deleted = self.is_deleted

        deleted_time = self.deleted_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isDeleted": is_deleted,
            }
        )
        if deleted_time is not UNSET:
            field_dict["deletedTime"] = deleted_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        is_deleted = d.pop("isDeleted")

        deleted_time = d.pop("deletedTime", UNSET)

        group_managed_in_cdf = cls(
            id=id,
            is_deleted=is_deleted,
            deleted_time=deleted_time,
        )

        group_managed_in_cdf.additional_properties = d
        return group_managed_in_cdf
