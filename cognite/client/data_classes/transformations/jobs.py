"""Transformation jobs (one run each), their status and their metrics."""

from __future__ import annotations

from enum import Enum

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList
from cognite.client.data_classes._generated import TransformationJobFields, TransformationJobFilterFields

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
    """One run of a transformation: its status, times and the query and destination it ran with.

    Example:
        >>> from cognite.client.data_classes import TransformationJob
        >>> TransformationJob.load({"id": 1, "status": "Completed"}).status == TransformationJobStatus.COMPLETED
        True
    """


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
