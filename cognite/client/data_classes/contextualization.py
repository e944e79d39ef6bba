"""Entity matching models and contextualization jobs."""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes._generated import (
    ContextualizationJobFields,
    EntityMatchingModelFields,
    EntityMatchingModelUpdateFields,
)
from cognite.client.data_classes._navigation import client_of, run_sync
from cognite.client.data_classes._spec import to_snake
from cognite.client.exceptions import CogniteModelFailedError

__all__ = [
    "ContextualizationJob",
    "ContextualizationJobList",
    "EntityMatchingModel",
    "EntityMatchingModelList",
    "EntityMatchingModelUpdate",
    "EntityMatchingPredictionResult",
    "JobStatus",
]


class JobStatus:
    QUEUED = "Queued"
    RUNNING = "Running"
    COMPLETED = "Completed"
    FAILED = "Failed"


class EntityMatchingModel(EntityMatchingModelFields):
    """An entity matching model (fields from the spec's model response schema)."""


class EntityMatchingModelList(CogniteResourceList[EntityMatchingModel]):
    _RESOURCE = EntityMatchingModel


class EntityMatchingModelUpdate(EntityMatchingModelUpdateFields):
    """Changes to one entity matching model (name, description)."""


class ContextualizationJob(ContextualizationJobFields):
    """A contextualization job (e.g. an entity matching prediction). ``result`` waits for it to finish.

    Example:
        >>> job = client.entity_matching.predict(id=1, sources=[{"id": 1, "name": "a"}])  # doctest: +SKIP
        >>> matches = job.result["items"]  # doctest: +SKIP
    """

    _status_path: ClassVar[str] = "/context/entitymatching/jobs/{job_id}"

    async def update_status_async(self) -> str:
        """Fetch the job's current status (and its items once completed)."""
        client = client_of(self)
        res = await client.entity_matching._get(self._status_path.format(job_id=self.job_id))
        for key, value in res.json().items():
            setattr(self, to_snake(key), value)
        return str(self.status)

    async def wait_for_completion_async(self, timeout: float | None = None, interval: float = 1.0) -> None:
        """Poll until the job completes; raises ``CogniteModelFailedError`` if it failed, TimeoutError on timeout.

        The status is read first and ``interval`` is slept only between reads, so a job that is already done
        returns after one request.

        Example:
            >>> job.wait_for_completion(timeout=60, interval=2)  # doctest: +SKIP
        """
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        done = (JobStatus.COMPLETED, JobStatus.FAILED)
        while self.status not in done:
            await self.update_status_async()
            if self.status in done:
                break
            if deadline is not None and loop.time() >= deadline:
                raise TimeoutError(f"Job {self.job_id} still {self.status} after {timeout} s")
            await asyncio.sleep(interval if deadline is None else min(interval, deadline - loop.time()))
        if self.status == JobStatus.FAILED:
            raise CogniteModelFailedError("ContextualizationJob", self.job_id, self.error_message or "")

    def wait_for_completion(self, timeout: float | None = None, interval: float = 1.0) -> None:
        """Blocking ``wait_for_completion_async``."""
        run_sync(client_of(self), self.wait_for_completion_async(timeout, interval))

    @property
    def result(self) -> dict[str, Any]:
        """The job's output (``{"items": [...]}``), waiting for completion first."""
        if self.status != JobStatus.COMPLETED:
            self.wait_for_completion()
        return {"items": self.items or []}


class ContextualizationJobList(CogniteResourceList[ContextualizationJob]):
    _RESOURCE = ContextualizationJob


class EntityMatchingPredictionResult(ContextualizationJob):
    """The job ``entity_matching.predict`` starts; ``result["items"]`` holds each source's matches."""
