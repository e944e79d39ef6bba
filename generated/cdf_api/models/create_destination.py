from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.session_credentials import SessionCredentials


T = TypeVar("T", bound="CreateDestination")


@_attrs_define
class CreateDestination(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        credentials (SessionCredentials | Unset): Credentials for authenticating towards CDF using a CDF session.
        target_data_set_id (int | Unset): Data set ID the created items are inserted into, if applicable.
    """

    _FIT = {"externalId": "s", "credentials": ("m", "SessionCredentials"), "targetDataSetId": "i"}
    _REQUIRED = ("externalId",)

    external_id: str
    credentials: SessionCredentials | Unset = UNSET
    target_data_set_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        target_data_set_id = self.target_data_set_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if target_data_set_id is not UNSET:
            field_dict["targetDataSetId"] = target_data_set_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_credentials import SessionCredentials  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        _credentials = d.pop("credentials", UNSET)
        credentials: SessionCredentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = SessionCredentials.from_dict(_credentials)

        target_data_set_id = d.pop("targetDataSetId", UNSET)

        create_destination = cls(
            external_id=external_id,
            credentials=credentials,
            target_data_set_id=target_data_set_id,
        )

        create_destination.additional_properties = d
        return create_destination
