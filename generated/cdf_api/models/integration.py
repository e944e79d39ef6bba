from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.integration_extractor import IntegrationExtractor
    from ..models.task import Task


T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration(AdditionalProperties):
    """An integration instance representing an on-premises extractor.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.integrations.id.
        extractor (IntegrationExtractor): Identifier for an extractor. Note that if the extractor externalId starts with
            `cognite`, it must correspond to a cognite extractor.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        name (str | Unset): Descriptive integration name.
        description (str | Unset): Integration description.
        last_seen (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        last_config_revision (int | Unset): Last published config revision.
        active_config_revision (int | Literal['local'] | Unset): The currently active config revision, or "local" if a
            local config file is in use.
        tasks (list[Task] | Unset): List of tasks for this integration.
    """

    _FIT = {
        "externalId": "s",
        "extractor": ("m", "IntegrationExtractor"),
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "name": "s",
        "description": "s",
        "lastSeen": "i",
        "lastConfigRevision": "i",
        "activeConfigRevision": ("u", ("i", ("c", "local"))),
        "tasks": ("l", ("m", "Task")),
    }
    _REQUIRED = ("externalId", "extractor", "createdTime", "lastUpdatedTime")

    external_id: str
    extractor: IntegrationExtractor
    created_time: int
    last_updated_time: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    last_seen: int | Unset = UNSET
    last_config_revision: int | Unset = UNSET
    active_config_revision: int | Literal["local"] | Unset = UNSET
    tasks: list[Task] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        extractor = self.extractor.to_dict()

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        name = self.name

        description = self.description

        last_seen = self.last_seen

        last_config_revision = self.last_config_revision

        active_config_revision: int | Literal["local"] | Unset
        if isinstance(self.active_config_revision, Unset):
            active_config_revision = UNSET
        else:
            active_config_revision = self.active_config_revision

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "extractor": extractor,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if last_config_revision is not UNSET:
            field_dict["lastConfigRevision"] = last_config_revision
        if active_config_revision is not UNSET:
            field_dict["activeConfigRevision"] = active_config_revision
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_extractor import IntegrationExtractor  # noqa: PLC0415
        from ..models.task import Task  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        extractor = IntegrationExtractor.from_dict(d.pop("extractor"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        last_seen = d.pop("lastSeen", UNSET)

        last_config_revision = d.pop("lastConfigRevision", UNSET)

        def _parse_active_config_revision(data: object) -> int | Literal["local"] | Unset:
            if isinstance(data, Unset):
                return data
            componentsschemas_active_config_revision_type_1 = cast(Literal["local"], data)
            if componentsschemas_active_config_revision_type_1 != "local":
                raise ValueError(
                    f"/components/schemas/ActiveConfigRevision_type_1 must match const 'local', got '{componentsschemas_active_config_revision_type_1}'"
                )
            return componentsschemas_active_config_revision_type_1
            return cast(int | Literal["local"] | Unset, data)

        active_config_revision = _parse_active_config_revision(d.pop("activeConfigRevision", UNSET))

        _tasks = d.pop("tasks", UNSET)
        tasks: list[Task] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = Task.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        integration = cls(
            external_id=external_id,
            extractor=extractor,
            created_time=created_time,
            last_updated_time=last_updated_time,
            name=name,
            description=description,
            last_seen=last_seen,
            last_config_revision=last_config_revision,
            active_config_revision=active_config_revision,
            tasks=tasks,
        )

        integration.additional_properties = d
        return integration
