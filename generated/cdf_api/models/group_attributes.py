from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.group_token_attributes import GroupTokenAttributes


T = TypeVar("T", bound="GroupAttributes")


@_attrs_define
class GroupAttributes(AdditionalProperties):
    """Set Attributes for the group.

    Attributes:
        token (GroupTokenAttributes | Unset): Attributes derived from access token.
    """

    _FIT = {"token": ("m", "GroupTokenAttributes")}
    _REQUIRED = ()

    token: GroupTokenAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_token_attributes import GroupTokenAttributes  # noqa: PLC0415

        d = dict(src_dict)
        _token = d.pop("token", UNSET)
        token: GroupTokenAttributes | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = GroupTokenAttributes.from_dict(_token)

        group_attributes = cls(
            token=token,
        )

        group_attributes.additional_properties = d
        return group_attributes
