from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.integration_extractor import IntegrationExtractor
    from ..models.task import Task


T = TypeVar("T", bound="StartupRequest")


@_attrs_define
class StartupRequest(AdditionalProperties):
    """Request sent on extractor startup containing information about the extractor.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.integrations.id.
        extractor (IntegrationExtractor): Identifier for an extractor. Note that if the extractor externalId starts with
            `cognite`, it must correspond to a cognite extractor.
        tasks (list[Task] | Unset): A list of tasks configured for this extractor.
        active_config_revision (int | Literal['local'] | Unset): The currently active config revision, or "local" if a
            local config file is in use.
        timestamp (int | Unset): Timestamp of the startup event in milliseconds since 01/01/1970.
    """

    _FIT = {
        "externalId": "s",
        "extractor": ("m", "IntegrationExtractor"),
        "tasks": ("l", ("m", "Task")),
        "activeConfigRevision": ("u", ("i", ("c", "local"))),
        "timestamp": "i",
    }
    _REQUIRED = ("externalId", "extractor")

    external_id: str
    extractor: IntegrationExtractor
    tasks: list[Task] | Unset = UNSET
    active_config_revision: int | Literal["local"] | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        extractor = self.extractor.to_dict()

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        active_config_revision: int | Literal["local"] | Unset
        if isinstance(self.active_config_revision, Unset):
            active_config_revision = UNSET
        else:
            active_config_revision = self.active_config_revision

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "extractor": extractor,
            }
        )
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if active_config_revision is not UNSET:
            field_dict["activeConfigRevision"] = active_config_revision
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_extractor import IntegrationExtractor  # noqa: PLC0415
        from ..models.task import Task  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        extractor = IntegrationExtractor.from_dict(d.pop("extractor"))

        _tasks = d.pop("tasks", UNSET)
        tasks: list[Task] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = Task.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        def _parse_active_config_revision(data: object) -> int | Literal["local"] | Unset:
            if isinstance(data, Unset):
                return data
            active_config_revision_type_1 = cast(Literal["local"], data)
            if active_config_revision_type_1 != "local":
                raise ValueError(
                    f"activeConfigRevision_type_1 must match const 'local', got '{active_config_revision_type_1}'"
                )
            return active_config_revision_type_1
            return cast(int | Literal["local"] | Unset, data)

        active_config_revision = _parse_active_config_revision(d.pop("activeConfigRevision", UNSET))

        timestamp = d.pop("timestamp", UNSET)

        startup_request = cls(
            external_id=external_id,
            extractor=extractor,
            tasks=tasks,
            active_config_revision=active_config_revision,
            timestamp=timestamp,
        )

        startup_request.additional_properties = d
        return startup_request
