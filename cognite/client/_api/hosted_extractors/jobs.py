"""``client.hosted_extractors.jobs``: a declared resource plus its logs and metrics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api._declared import CreateItems, DeleteExternalIds, ListItems, RetrieveExternalIds, UpdateItems
from cognite.client.data_classes.hosted_extractors.jobs import (
    Job,
    JobList,
    JobLogs,
    JobLogsList,
    JobMetrics,
    JobMetricsList,
    JobUpdate,
    JobWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


class JobsAPI(
    CreateItems[Job, JobWrite, JobList],
    RetrieveExternalIds[Job, JobList],
    UpdateItems[Job, JobWrite | JobUpdate, JobList],
    DeleteExternalIds[Job, JobList],
    ListItems[Job, JobList],
):
    """``client.hosted_extractors.jobs``"""

    _RESOURCE_PATH = "/hostedextractors/jobs"
    _resource_cls, _list_cls, _update_cls = Job, JobList, JobUpdate

    async def list_logs(
        self,
        job: str | None = None,
        source: str | None = None,
        destination: str | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> JobLogsList:
        """The log entries of jobs, filtered by job, source or destination external id.

        Example:
            >>> logs = client.hosted_extractors.jobs.list_logs(job="myJob")  # doctest: +SKIP
        """
        return await self._job_records("get_job_logs", JobLogs, JobLogsList, job, source, destination, limit)

    async def list_metrics(
        self,
        job: str | None = None,
        source: str | None = None,
        destination: str | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> JobMetricsList:
        """The metrics of jobs, filtered by job, source or destination external id.

        Example:
            >>> metrics = client.hosted_extractors.jobs.list_metrics(job="myJob")  # doctest: +SKIP
        """
        return await self._job_records("get_job_metrics", JobMetrics, JobMetricsList, job, source, destination, limit)

    async def _job_records(
        self, operation: str, cls: Any, list_cls: Any, job: Any, source: Any, destination: Any, limit: Any
    ) -> Any:
        params = {"job": job, "source": source, "destination": destination}
        for name, value in params.items():
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{name} must be an external id (str), not {type(value).__name__}")
        return await self._list(
            load=lambda item: cls._load(item, cognite_client=self._cognite_client),
            list_cls=lambda items: list_cls(items, cognite_client=self._cognite_client),
            method="GET",
            path=self._operation_path(operation),
            limit=limit,
            body=params,
        )
