from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.artifact_platform import ArtifactPlatform
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Artifact")


@_attrs_define
class Artifact(AdditionalProperties):
    """An artifact for an extractor release.

    Attributes:
        name (str): Filename of the artifact.
        link (str): Link to obtain a temporary download link for the artifact.
        platform (ArtifactPlatform): Platform the extractor runs on. One of "windows", "linux", "macos", "docs", or
            "all".
        display_name (str | Unset): Human readable name of the artifact.
    """

    _FIT = {"name": "s", "link": "s", "platform": "s", "displayName": "s"}
    _REQUIRED = ("name", "link", "platform")

    name: str
    link: str
    platform: ArtifactPlatform
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        link = self.link

        platform = self.platform.value

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "link": link,
                "platform": platform,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        link = d.pop("link")

        platform = ArtifactPlatform(d.pop("platform"))

        display_name = d.pop("displayName", UNSET)

        artifact = cls(
            name=name,
            link=link,
            platform=platform,
            display_name=display_name,
        )

        artifact.additional_properties = d
        return artifact
