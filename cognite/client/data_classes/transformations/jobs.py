"""Transformation jobs (one run each), their status and their metrics."""

from __future__ import annotations

from enum import Enum

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList
from cognite.client.data_classes._generated import TransformationJobFields, TransformationJobFilterFields
from cognite.client.data_classes._navigation import client_of, run_sync

__all__ = [
    "TransformationJob",
    "TransformationJobFilter",
    "TransformationJobList",
    "TransformationJobMetric",
    "TransformationJobMetricList",
    "TransformationJobStatus",
]


class TransformationJobStatus(str, Enum):
    """The states a job passes through (CDF's wire values)."""

    RUNNING = "Running"
    CREATED = "Created"
    FAILED = "Failed"
    COMPLETED = "Completed"


class TransformationJob(TransformationJobFields):
    """One run of a transformation: its status, times and the query and destination it ran with. Loaded through a
    client, it can refresh itself (``update``), wait, report its metrics and be cancelled.

    Example:
        >>> from cognite.client.data_classes import TransformationJob
        >>> TransformationJob.load({"id": 1, "status": "Completed"}).status == TransformationJobStatus.COMPLETED
        True
    """

    def _take(self, latest: TransformationJob | None) -> None:
        if latest is not None:
            self.__dict__.update({k: v for k, v in latest.__dict__.items() if k != "_cognite_client"})

    async def update_async(self) -> None:
        """Reload the job's state from CDF."""
        self._take(await client_of(self).transformations.jobs.retrieve(id=self.id))

    def update(self) -> None:
        """Reload the job's state from CDF."""
        run_sync(client_of(self), self.update_async())

    async def cancel_async(self) -> None:
        """Cancel the job's transformation run."""
        await client_of(self).transformations.cancel(transformation_id=self.transformation_id)

    def cancel(self) -> None:
        """Cancel the job's transformation run."""
        run_sync(client_of(self), self.cancel_async())

    async def metrics_async(self) -> TransformationJobMetricList:
        """The counters the job reported."""
        return await client_of(self).transformations.jobs.list_metrics(id=self.id)  # type: ignore[no-any-return]

    def metrics(self) -> TransformationJobMetricList:
        """The counters the job reported."""
        return run_sync(client_of(self), self.metrics_async())

    async def wait_async(self, polling_interval: float = 5, timeout: float | None = None) -> TransformationJob:
        """Poll every ``polling_interval`` s until the job finished (or ``timeout`` s passed); returns itself."""
        if (
            isinstance(polling_interval, bool)
            or not isinstance(polling_interval, (int, float))
            or polling_interval <= 0
        ):
            raise ValueError("polling_interval must be a positive number of seconds")
        self._take(await client_of(self).transformations.jobs._wait(self, timeout, polling_interval))
        return self

    def wait(self, polling_interval: float = 5, timeout: float | None = None) -> TransformationJob:
        """Poll every ``polling_interval`` s until the job finished (or ``timeout`` s passed); returns itself."""
        return run_sync(client_of(self), self.wait_async(polling_interval, timeout))


class TransformationJobList(CogniteResourceList[TransformationJob]):
    _RESOURCE = TransformationJob


class TransformationJobFilter(TransformationJobFilterFields):
    """Jobs of one transformation (by id or external id)."""


class TransformationJobMetric(CogniteResource):
    """A counter a job reports (``name``, ``count`` at ``timestamp``)."""

    _fields = ("timestamp", "name", "count")
    _positional = _fields
    timestamp: int
    name: str
    count: int

    def __init__(self, timestamp: int, name: str, count: int) -> None:
        super().__init__(timestamp=timestamp, name=name, count=count)


class TransformationJobMetricList(CogniteResourceList[TransformationJobMetric]):
    _RESOURCE = TransformationJobMetric
