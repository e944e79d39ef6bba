"""Hosted extractor jobs (a source, a destination and a format), their logs and metrics."""

from __future__ import annotations

from typing import Literal

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    JobFields,
    JobLogsFields,
    JobMetricsFields,
    JobUpdateFields,
    JobWriteFields,
)

TargetStatus = Literal["running", "paused"]
JobStatus = Literal[
    "paused", "waiting_to_start", "test_failed", "running", "shutting_down", "startup_error", "connection_error"
]


class JobWrite(JobWriteFields):
    """A job to create.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import JobWrite
        >>> JobWrite("job", "dest", "src", {"type": "cognite"}).dump()["format"]
        {'type': 'cognite'}
    """


class Job(JobFields):
    """A job as CDF returns it, with its ``status`` (what it does) and ``target_status`` (what it should do)."""


class JobUpdate(JobUpdateFields):
    """Change a job: ``JobUpdate("job").target_status.set("paused")``."""


class JobLogs(JobLogsFields):
    """One log entry of a job (``type``: ok, paused, startup_error, connection_error, ...)."""


class JobMetrics(JobMetricsFields):
    """The counters of a job over one interval."""


class JobWriteList(CogniteResourceList[JobWrite]):
    _RESOURCE = JobWrite


class JobList(WriteableCogniteResourceList[Job, JobWriteList]):
    _RESOURCE = Job


class JobLogsList(CogniteResourceList[JobLogs]):
    _RESOURCE = JobLogs


class JobMetricsList(CogniteResourceList[JobMetrics]):
    _RESOURCE = JobMetrics
