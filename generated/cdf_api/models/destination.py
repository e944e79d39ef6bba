from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        session_id (int | Unset): ID of the session tied to this destination.
        target_data_set_id (int | Unset): Data set ID the created items are inserted into, if applicable.
    """

    _FIT = {"externalId": "s", "createdTime": "i", "lastUpdatedTime": "i", "sessionId": "i", "targetDataSetId": "i"}
    _REQUIRED = ("externalId", "createdTime", "lastUpdatedTime")

    external_id: str
    created_time: int
    last_updated_time: int
    session_id: int | Unset = UNSET
    target_data_set_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        session_id = self.session_id

        target_data_set_id = self.target_data_set_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if target_data_set_id is not UNSET:
            field_dict["targetDataSetId"] = target_data_set_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        session_id = d.pop("sessionId", UNSET)

        target_data_set_id = d.pop("targetDataSetId", UNSET)

        destination = cls(
            external_id=external_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            session_id=session_id,
            target_data_set_id=target_data_set_id,
        )

        destination.additional_properties = d
        return destination
