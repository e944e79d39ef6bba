from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ViewConfig")


@_attrs_define
class ViewConfig(AdditionalProperties):
    """The view the job is based on.

    Attributes:
        space (str | Unset):
        external_id (str | Unset):
        version (str | Unset):
    """

    _FIT = {"space": "s", "externalId": "s", "version": "s"}
    _REQUIRED = ()

    space: str | Unset = UNSET
    external_id: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if space is not UNSET:
            field_dict["space"] = space
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space", UNSET)

        external_id = d.pop("externalId", UNSET)

        version = d.pop("version", UNSET)

        view_config = cls(
            space=space,
            external_id=external_id,
            version=version,
        )

        view_config.additional_properties = d
        return view_config
