from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.revision_camera_properties import RevisionCameraProperties


T = TypeVar("T", bound="SetRevisionCameraProperties")


@_attrs_define
class SetRevisionCameraProperties(AdditionalProperties):
    """
    Attributes:
        set_ (RevisionCameraProperties | Unset): Initial camera position and target.
    """

    _FIT = {"set": ("m", "RevisionCameraProperties")}
    _REQUIRED = ()

    set_: RevisionCameraProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.set_, Unset):
            set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.revision_camera_properties import RevisionCameraProperties  # noqa: PLC0415

        d = dict(src_dict)
        _set_ = d.pop("set", UNSET)
        set_: RevisionCameraProperties | Unset
        if isinstance(_set_, Unset):
            set_ = UNSET
        else:
            set_ = RevisionCameraProperties.from_dict(_set_)

        set_revision_camera_properties = cls(
            set_=set_,
        )

        set_revision_camera_properties.additional_properties = d
        return set_revision_camera_properties
