from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.update_item_session_credentials import UpdateItemSessionCredentials


T = TypeVar("T", bound="UpdateUser")


@_attrs_define
class UpdateUser(AdditionalProperties):
    """
    Attributes:
        credentials (UpdateItemSessionCredentials | Unset): Set a new set of session credentials for writing to CDF.
    """

    _FIT = {"credentials": ("m", "UpdateItemSessionCredentials")}
    _REQUIRED = ()

    credentials: UpdateItemSessionCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_item_session_credentials import UpdateItemSessionCredentials  # noqa: PLC0415

        d = dict(src_dict)
        _credentials = d.pop("credentials", UNSET)
        credentials: UpdateItemSessionCredentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = UpdateItemSessionCredentials.from_dict(_credentials)

        update_user = cls(
            credentials=credentials,
        )

        update_user.additional_properties = d
        return update_user
