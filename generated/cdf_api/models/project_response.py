from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ProjectResponse")


@_attrs_define
class ProjectResponse(AdditionalProperties):
    """
    Attributes:
        name (str): The URL name of the project. This is used as part of the request path in API calls.

            Valid URL names contains between 3 and 32 characters, and may only contain
            English letters, digits and hyphens, must contain at least one letter
            and may not start or end with a hyphen.
             Example: publicdata.
        api_url (str): The base API URL for the project Example: https://api.cognitedata.com.
    """

    _FIT = {"name": "s", "apiUrl": "s"}
    _REQUIRED = ("name", "apiUrl")

    name: str
    api_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        api_url = self.api_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "apiUrl": api_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        api_url = d.pop("apiUrl")

        project_response = cls(
            name=name,
            api_url=api_url,
        )

        project_response.additional_properties = d
        return project_response
