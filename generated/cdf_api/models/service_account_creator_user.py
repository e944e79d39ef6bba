from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ServiceAccountCreatorUser")


@_attrs_define
class ServiceAccountCreatorUser(AdditionalProperties):
    """The user that created the entity.

    Attributes:
        org_id (str): The ID of an organization Example: my-org.
        user_id (str): The ID of an organization user Example: -user-string-id-aBc123.
    """

    _FIT = {"orgId": "s", "userId": "s"}
    _REQUIRED = ("orgId", "userId")

    org_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgId": org_id,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_id = d.pop("orgId")

        user_id = d.pop("userId")

        service_account_creator_user = cls(
            org_id=org_id,
            user_id=user_id,
        )

        service_account_creator_user.additional_properties = d
        return service_account_creator_user
