from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.artifact import Artifact
    from ..models.changelog import Changelog


T = TypeVar("T", bound="Release")


@_attrs_define
class Release(AdditionalProperties):
    """A release of an extractor

    Attributes:
        artifacts (list[Artifact]): List of artifacts included in this release.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        version (str): Release version number, uses semantic versioning.
        changelog (Changelog | Unset): Extractor changelog, uses the [keep-a-
            changelog](https://keepachangelog.com/en/1.1.0/) format
        created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        description (str | Unset): Short description of this release. Details are found in the changelog.
    """

    _FIT = {
        "artifacts": ("l", ("m", "Artifact")),
        "externalId": "s",
        "version": "s",
        "changelog": ("m", "Changelog"),
        "createdTime": "i",
        "description": "s",
    }
    _REQUIRED = ("artifacts", "externalId", "version")

    artifacts: list[Artifact]
    external_id: str
    version: str
    changelog: Changelog | Unset = UNSET
    created_time: int | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artifacts = []
        for artifacts_item_data in self.artifacts:
            artifacts_item = artifacts_item_data.to_dict()
            artifacts.append(artifacts_item)

        external_id = self.external_id

        version = self.version

        changelog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changelog, Unset):
            changelog = self.changelog.to_dict()

        created_time = self.created_time

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "artifacts": artifacts,
                "externalId": external_id,
                "version": version,
            }
        )
        if changelog is not UNSET:
            field_dict["changelog"] = changelog
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact import Artifact  # noqa: PLC0415
        from ..models.changelog import Changelog  # noqa: PLC0415

        d = dict(src_dict)
        artifacts = []
        _artifacts = d.pop("artifacts")
        for artifacts_item_data in _artifacts:
            artifacts_item = Artifact.from_dict(artifacts_item_data)

            artifacts.append(artifacts_item)

        external_id = d.pop("externalId")

        version = d.pop("version")

        _changelog = d.pop("changelog", UNSET)
        changelog: Changelog | Unset
        if isinstance(_changelog, Unset):
            changelog = UNSET
        else:
            changelog = Changelog.from_dict(_changelog)

        created_time = d.pop("createdTime", UNSET)

        description = d.pop("description", UNSET)

        release = cls(
            artifacts=artifacts,
            external_id=external_id,
            version=version,
            changelog=changelog,
            created_time=created_time,
            description=description,
        )

        release.additional_properties = d
        return release
