from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revision_status_status import RevisionStatusStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RevisionStatus")


@_attrs_define
class RevisionStatus(AdditionalProperties):
    """
    Attributes:
        status (RevisionStatusStatus | Unset): The status of the revision. Example: Done.
        revision_id (int | Unset): The ID of the revision model. Example: 1000.
        created_time (int | Unset): The creation time of the resource, in milliseconds since January 1, 1970 at 00:00
            UTC. Example: 0.
        revision_count (int | Unset):
        types (list[str] | Unset):  Example: ['ept-pointcloud:1'].
    """

    _FIT = {"status": "s", "revisionId": "i", "createdTime": "i", "revisionCount": "i", "types": ("l", "s")}
    _REQUIRED = ()

    status: RevisionStatusStatus | Unset = UNSET
    revision_id: int | Unset = UNSET
    created_time: int | Unset = UNSET
    revision_count: int | Unset = UNSET
    types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        revision_id = self.revision_id

        created_time = self.created_time

        revision_count = self.revision_count

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if revision_id is not UNSET:
            field_dict["revisionId"] = revision_id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if revision_count is not UNSET:
            field_dict["revisionCount"] = revision_count
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: RevisionStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RevisionStatusStatus(_status)

        revision_id = d.pop("revisionId", UNSET)

        created_time = d.pop("createdTime", UNSET)

        revision_count = d.pop("revisionCount", UNSET)

        types = cast(list[str], d.pop("types", UNSET))

        revision_status = cls(
            status=status,
            revision_id=revision_id,
            created_time=created_time,
            revision_count=revision_count,
            types=types,
        )

        revision_status.additional_properties = d
        return revision_status
