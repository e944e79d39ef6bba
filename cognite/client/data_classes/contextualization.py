"""Entity matching models and contextualization jobs."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList
from cognite.client.data_classes._update import CogniteUpdate

__all__ = [
    "ContextualizationJob",
    "ContextualizationJobList",
    "EntityMatchingModel",
    "EntityMatchingModelList",
    "EntityMatchingModelUpdate",
    "JobStatus",
]


class JobStatus:
    QUEUED = "Queued"
    RUNNING = "Running"
    COMPLETED = "Completed"
    FAILED = "Failed"


class EntityMatchingModel(CogniteResource):
    """An entity matching model (fields from the spec's model response schema)."""

    _read_model = "EntityMatcherResponseSchema"


class EntityMatchingModelList(CogniteResourceList[EntityMatchingModel]):
    _RESOURCE = EntityMatchingModel


class EntityMatchingModelUpdate(CogniteUpdate):
    """Changes to one entity matching model (name, description)."""

    _patch_model = "ModelPatch"


class ContextualizationJob(CogniteResource):
    """A contextualization job; ``result`` holds the job output once completed."""

    _fields = (
        "job_id",
        "model_id",
        "status",
        "error_message",
        "created_time",
        "start_time",
        "status_time",
        "items",
        "result",
    )

    @property
    def result(self) -> Any:
        return self.__dict__.get("result") or {"items": self.__dict__.get("items")}

    @result.setter
    def result(self, value: Any) -> None:
        self.__dict__["result"] = value


class ContextualizationJobList(CogniteResourceList[ContextualizationJob]):
    _RESOURCE = ContextualizationJob
