from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ListConfigResponse")


@_attrs_define
class ListConfigResponse(AdditionalProperties):
    """
    Attributes:
        external_id (str): External ID of the extraction pipeline this configuration revision belongs to.
        revision (int): Revision number of this configuration.
        created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        description (None | str | Unset): A description of this configuration revision.
    """

    _FIT = {"externalId": "s", "revision": "i", "createdTime": "i", "description": ("u", ("s", None))}
    _REQUIRED = ("externalId", "revision")

    external_id: str
    revision: int
    created_time: int | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        revision = self.revision

        created_time = self.created_time

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "revision": revision,
            }
        )
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        revision = d.pop("revision")

        created_time = d.pop("createdTime", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        list_config_response = cls(
            external_id=external_id,
            revision=revision,
            created_time=created_time,
            description=description,
        )

        list_config_response.additional_properties = d
        return list_config_response
