from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.service_account_creator_user import ServiceAccountCreatorUser


T = TypeVar("T", bound="ServiceAccountDto")


@_attrs_define
class ServiceAccountDto(AdditionalProperties):
    """
    Attributes:
        id (str): Unique identifier of a service account Example: 5yAFQRAATb7vtWGp4gvbJD3wE7VS81CGuQ7EZT.
        name (str): Human-readable name of a service account Example: My service account.
        picture_url (str): URL to a picture of the principal
        type_ (Literal['SERVICE_ACCOUNT']): Principal type
        created_by (ServiceAccountCreatorUser): The user that created the entity.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        description (str | Unset): Longer description of a service account Example: This is a service account used by
            data pipeline A-xxx.
    """

    _FIT = {
        "id": "s",
        "name": "s",
        "pictureUrl": "s",
        "type": ("c", "SERVICE_ACCOUNT"),
        "createdBy": ("m", "ServiceAccountCreatorUser"),
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "externalId": "s",
        "description": "s",
    }
    _REQUIRED = ("id", "name", "pictureUrl", "type", "createdBy", "createdTime", "lastUpdatedTime")

    id: str
    name: str
    picture_url: str
    type_: Literal["SERVICE_ACCOUNT"]
    created_by: ServiceAccountCreatorUser
    created_time: int
    last_updated_time: int
    external_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        picture_url = self.picture_url

        type_ = self.type_

        created_by = self.created_by.to_dict()

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        external_id = self.external_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "pictureUrl": picture_url,
                "type": type_,
                "createdBy": created_by,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_account_creator_user import ServiceAccountCreatorUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        picture_url = d.pop("pictureUrl")

        type_ = cast(Literal["SERVICE_ACCOUNT"], d.pop("type"))
        if type_ != "SERVICE_ACCOUNT":
            raise ValueError(f"type must match const 'SERVICE_ACCOUNT', got '{type_}'")

        created_by = ServiceAccountCreatorUser.from_dict(d.pop("createdBy"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        external_id = d.pop("externalId", UNSET)

        description = d.pop("description", UNSET)

        service_account_dto = cls(
            id=id,
            name=name,
            picture_url=picture_url,
            type_=type_,
            created_by=created_by,
            created_time=created_time,
            last_updated_time=last_updated_time,
            external_id=external_id,
            description=description,
        )

        service_account_dto.additional_properties = d
        return service_account_dto
