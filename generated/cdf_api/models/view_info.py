from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ViewInfo")


@_attrs_define
class ViewInfo(AdditionalProperties):
    """Target view info

    Attributes:
        space (str): Space of the View
        external_id (str): External ID of the View
        version (str): Version of the View
    """

    _FIT = {"space": "s", "externalId": "s", "version": "s"}
    _REQUIRED = ("space", "externalId", "version")

    space: str
    external_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        version = d.pop("version")

        view_info = cls(
            space=space,
            external_id=external_id,
            version=version,
        )

        view_info.additional_properties = d
        return view_info
