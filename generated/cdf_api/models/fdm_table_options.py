from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FdmTableOptions")


@_attrs_define
class FdmTableOptions(AdditionalProperties):
    """Fdm table options

    Attributes:
        space (str):
        external_id (str):
        version (str | Unset):
    """

    _FIT = {"space": "s", "externalId": "s", "version": "s"}
    _REQUIRED = ("space", "externalId")

    space: str
    external_id: str
    version: str | Unset = UNSET
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
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        version = d.pop("version", UNSET)

        fdm_table_options = cls(
            space=space,
            external_id=external_id,
            version=version,
        )

        fdm_table_options.additional_properties = d
        return fdm_table_options
