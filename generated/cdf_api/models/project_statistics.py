from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.count_and_limit import CountAndLimit
    from ..models.instances_counts_and_limits import InstancesCountsAndLimits


T = TypeVar("T", bound="ProjectStatistics")


@_attrs_define
class ProjectStatistics(AdditionalProperties):
    """Statistics and limits for data modeling related resources in a project

    Attributes:
        spaces (CountAndLimit): Current count and associated limit for a specific resource in a project
        containers (CountAndLimit): Current count and associated limit for a specific resource in a project
        views (CountAndLimit): Current count and associated limit for a specific resource in a project
        data_models (CountAndLimit): Current count and associated limit for a specific resource in a project
        container_properties (CountAndLimit): Current count and associated limit for a specific resource in a project
        instances (InstancesCountsAndLimits): Statistics and limits of the number of instances in a project
        concurrent_read_limit (int): Maximum number of concurrent read operations allowed in the project
        concurrent_write_limit (int): Maximum number of concurrent write operations allowed in the project
        concurrent_delete_limit (int): Maximum number of concurrent delete operations allowed in the project
    """

    _FIT = {
        "spaces": ("m", "CountAndLimit"),
        "containers": ("m", "CountAndLimit"),
        "views": ("m", "CountAndLimit"),
        "dataModels": ("m", "CountAndLimit"),
        "containerProperties": ("m", "CountAndLimit"),
        "instances": ("m", "InstancesCountsAndLimits"),
        "concurrentReadLimit": "i",
        "concurrentWriteLimit": "i",
        "concurrentDeleteLimit": "i",
    }
    _REQUIRED = (
        "spaces",
        "containers",
        "views",
        "dataModels",
        "containerProperties",
        "instances",
        "concurrentReadLimit",
        "concurrentWriteLimit",
        "concurrentDeleteLimit",
    )

    spaces: CountAndLimit
    containers: CountAndLimit
    views: CountAndLimit
    data_models: CountAndLimit
    container_properties: CountAndLimit
    instances: InstancesCountsAndLimits
    concurrent_read_limit: int
    concurrent_write_limit: int
    concurrent_delete_limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spaces = self.spaces.to_dict()

        containers = self.containers.to_dict()

        views = self.views.to_dict()

        data_models = self.data_models.to_dict()

        container_properties = self.container_properties.to_dict()

        instances = self.instances.to_dict()

        concurrent_read_limit = self.concurrent_read_limit

        concurrent_write_limit = self.concurrent_write_limit

        concurrent_delete_limit = self.concurrent_delete_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spaces": spaces,
                "containers": containers,
                "views": views,
                "dataModels": data_models,
                "containerProperties": container_properties,
                "instances": instances,
                "concurrentReadLimit": concurrent_read_limit,
                "concurrentWriteLimit": concurrent_write_limit,
                "concurrentDeleteLimit": concurrent_delete_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count_and_limit import CountAndLimit  # noqa: PLC0415
        from ..models.instances_counts_and_limits import InstancesCountsAndLimits  # noqa: PLC0415

        d = dict(src_dict)
        spaces = CountAndLimit.from_dict(d.pop("spaces"))

        containers = CountAndLimit.from_dict(d.pop("containers"))

        views = CountAndLimit.from_dict(d.pop("views"))

        data_models = CountAndLimit.from_dict(d.pop("dataModels"))

        container_properties = CountAndLimit.from_dict(d.pop("containerProperties"))

        instances = InstancesCountsAndLimits.from_dict(d.pop("instances"))

        concurrent_read_limit = d.pop("concurrentReadLimit")

        concurrent_write_limit = d.pop("concurrentWriteLimit")

        concurrent_delete_limit = d.pop("concurrentDeleteLimit")

        project_statistics = cls(
            spaces=spaces,
            containers=containers,
            views=views,
            data_models=data_models,
            container_properties=container_properties,
            instances=instances,
            concurrent_read_limit=concurrent_read_limit,
            concurrent_write_limit=concurrent_write_limit,
            concurrent_delete_limit=concurrent_delete_limit,
        )

        project_statistics.additional_properties = d
        return project_statistics
