from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CogniteCapabilitySharedProjectUrlNames")


@_attrs_define
class CogniteCapabilitySharedProjectUrlNames(AdditionalProperties):
    """
    Attributes:
        url_names (list[str]):
    """

    _FIT = {"urlNames": ("l", "s")}
    _REQUIRED = ("urlNames",)

    url_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url_names = self.url_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urlNames": url_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url_names = cast(list[str], d.pop("urlNames"))

        cognite_capability_shared_project_url_names = cls(
            url_names=url_names,
        )

        cognite_capability_shared_project_url_names.additional_properties = d
        return cognite_capability_shared_project_url_names
