from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.update_revision_3d_dms_only_update_published import UpdateRevision3DDmsOnlyUpdatePublished


T = TypeVar("T", bound="UpdateRevision3DDmsOnlyUpdate")


@_attrs_define
class UpdateRevision3DDmsOnlyUpdate(AdditionalProperties):
    """
    Attributes:
        published (UpdateRevision3DDmsOnlyUpdatePublished | Unset):
    """

    _FIT = {"published": ("m", "UpdateRevision3DDmsOnlyUpdatePublished")}
    _REQUIRED = ()

    published: UpdateRevision3DDmsOnlyUpdatePublished | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        published: dict[str, Any] | Unset = UNSET
        if not isinstance(self.published, Unset):
            published = self.published.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_revision_3d_dms_only_update_published import UpdateRevision3DDmsOnlyUpdatePublished  # noqa: PLC0415

        d = dict(src_dict)
        _published = d.pop("published", UNSET)
        published: UpdateRevision3DDmsOnlyUpdatePublished | Unset
        if isinstance(_published, Unset):
            published = UNSET
        else:
            published = UpdateRevision3DDmsOnlyUpdatePublished.from_dict(_published)

        update_revision_3d_dms_only_update = cls(
            published=published,
        )

        update_revision_3d_dms_only_update.additional_properties = d
        return update_revision_3d_dms_only_update
