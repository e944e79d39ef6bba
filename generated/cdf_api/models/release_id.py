from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ReleaseId")


@_attrs_define
class ReleaseId(AdditionalProperties):
    """Identifier for a release

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        version (str): Release version number, uses semantic versioning.
    """

    _FIT = {"externalId": "s", "version": "s"}
    _REQUIRED = ("externalId", "version")

    external_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        version = d.pop("version")

        release_id = cls(
            external_id=external_id,
            version=version,
        )

        release_id.additional_properties = d
        return release_id
