from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CheckinResponse")


@_attrs_define
class CheckinResponse(AdditionalProperties):
    """Response sent on extractor check-in.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.integrations.id.
        last_config_revision (int | Unset): Last stored extractor configuration revision.
    """

    _FIT = {"externalId": "s", "lastConfigRevision": "i"}
    _REQUIRED = ("externalId",)

    external_id: str
    last_config_revision: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        last_config_revision = self.last_config_revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if last_config_revision is not UNSET:
            field_dict["lastConfigRevision"] = last_config_revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        last_config_revision = d.pop("lastConfigRevision", UNSET)

        checkin_response = cls(
            external_id=external_id,
            last_config_revision=last_config_revision,
        )

        checkin_response.additional_properties = d
        return checkin_response
