from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.update_item_data_set_id import UpdateItemDataSetId
    from ..models.update_item_session_credentials_object import UpdateItemSessionCredentialsObject
    from ..models.update_set_null import UpdateSetNull


T = TypeVar("T", bound="UpdateDestination")


@_attrs_define
class UpdateDestination(AdditionalProperties):
    """
    Attributes:
        credentials (Unset | UpdateItemSessionCredentialsObject | UpdateSetNull): Set a new session, or remove the
            value.
        target_data_set_id (Unset | UpdateItemDataSetId | UpdateSetNull): Set a new value for the dataset ID, or remove
            the value.
    """

    _FIT = {
        "credentials": ("u", (("m", "UpdateSetNull"), ("m", "UpdateItemSessionCredentialsObject"))),
        "targetDataSetId": ("u", (("m", "UpdateSetNull"), ("m", "UpdateItemDataSetId"))),
    }
    _REQUIRED = ()

    credentials: Unset | UpdateItemSessionCredentialsObject | UpdateSetNull = UNSET
    target_data_set_id: Unset | UpdateItemDataSetId | UpdateSetNull = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credentials: dict[str, Any] | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        else:
            credentials = self.credentials.to_dict()

        target_data_set_id: dict[str, Any] | Unset
        if isinstance(self.target_data_set_id, Unset):
            target_data_set_id = UNSET
        else:
            target_data_set_id = self.target_data_set_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if target_data_set_id is not UNSET:
            field_dict["targetDataSetId"] = target_data_set_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_item_data_set_id import UpdateItemDataSetId  # noqa: PLC0415
        from ..models.update_item_session_credentials_object import UpdateItemSessionCredentialsObject  # noqa: PLC0415
        from ..models.update_set_null import UpdateSetNull  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_credentials(data: object) -> Unset | UpdateItemSessionCredentialsObject | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateSetNull, UpdateItemSessionCredentialsObject))

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        def _parse_target_data_set_id(data: object) -> Unset | UpdateItemDataSetId | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateSetNull, UpdateItemDataSetId))

        target_data_set_id = _parse_target_data_set_id(d.pop("targetDataSetId", UNSET))

        update_destination = cls(
            credentials=credentials,
            target_data_set_id=target_data_set_id,
        )

        update_destination.additional_properties = d
        return update_destination
