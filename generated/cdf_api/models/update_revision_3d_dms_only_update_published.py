from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="UpdateRevision3DDmsOnlyUpdatePublished")


@_attrs_define
class UpdateRevision3DDmsOnlyUpdatePublished(AdditionalProperties):
    """
    Attributes:
        set_ (bool | Unset): True if the revision is marked as published.
    """

    _FIT = {"set": "b"}
    _REQUIRED = ()

    set_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = d.pop("set", UNSET)

        update_revision_3d_dms_only_update_published = cls(
            set_=set_,
        )

        update_revision_3d_dms_only_update_published.additional_properties = d
        return update_revision_3d_dms_only_update_published
