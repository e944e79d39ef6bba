"""``client.transformations.jobs``: the jobs (runs) of transformations, their status and metrics."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, check_id_lists
from cognite.client._mechanisms.identifiers import as_int_id
from cognite.client.data_classes.transformations.jobs import (
    TransformationJob,
    TransformationJobList,
    TransformationJobMetric,
    TransformationJobMetricList,
    TransformationJobStatus,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions

_FINISHED = {TransformationJobStatus.COMPLETED.value, TransformationJobStatus.FAILED.value}


def _job_id(id: Any) -> int:
    n = as_int_id(id)
    if n is None or n < 1:
        raise TypeError(f"id must be a positive int, not {id!r}")
    return n


class TransformationJobsAPI(ResourceAPI[TransformationJob, TransformationJobList]):
    """``client.transformations.jobs``"""

    _RESOURCE_PATH = "/transformations/jobs"
    _resource_cls = TransformationJob
    _list_cls = TransformationJobList

    async def list(
        self,
        limit: int | None = DEFAULT_LIMIT_READ,
        transformation_id: int | None = None,
        transformation_external_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> TransformationJobList:
        """List jobs, newest first, of all transformations or of one.

        Example:
            >>> jobs = client.transformations.jobs.list(transformation_id=1, limit=5)  # doctest: +SKIP
        """
        params: dict[str, Any] = {}
        if transformation_id is not None:
            params["transformationId"] = _job_id(transformation_id)
        if transformation_external_id is not None:
            if not isinstance(transformation_external_id, str):
                raise TypeError("transformation_external_id must be a str")
            params["transformationExternalId"] = transformation_external_id
        return await self._list_filtered(None, limit, method="GET", body=params)

    async def retrieve(self, id: int, **options: Unpack[CallOptions]) -> TransformationJob | None:
        """One job by id; None if it does not exist.

        Example:
            >>> job = client.transformations.jobs.retrieve(id=1)  # doctest: +SKIP
        """
        found = await self._retrieve_ids([_job_id(id)], ignore_unknown_ids=True)
        return found[0] if found else None

    async def retrieve_multiple(
        self, ids: Sequence[int], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> TransformationJobList:
        """Several jobs by id (unknown ids raise unless ignored).

        Example:
            >>> jobs = client.transformations.jobs.retrieve_multiple(ids=[1, 2], ignore_unknown_ids=True)  # doctest: +SKIP
        """
        check_id_lists(ids, None)
        return await self._retrieve_ids(list(ids), ignore_unknown_ids=ignore_unknown_ids)

    async def list_metrics(self, id: int, **options: Unpack[CallOptions]) -> TransformationJobMetricList:
        """The metrics (counters) a job reported.

        Example:
            >>> metrics = client.transformations.jobs.list_metrics(id=1)  # doctest: +SKIP
        """

        def load(item: dict[str, Any]) -> TransformationJobMetric:
            return TransformationJobMetric._load(item, cognite_client=self._cognite_client)

        return await self._list(  # type: ignore[no-any-return]
            load=load,
            list_cls=TransformationJobMetricList,
            method="GET",
            path=f"{self._RESOURCE_PATH}/{_job_id(id)}/metrics",
            limit=None,
        )

    async def _wait(
        self, job: TransformationJob, timeout: float | None, polling_interval: float | None = None
    ) -> TransformationJob:
        """Poll the job until it finished (or ``timeout`` seconds passed): the state it was last seen in. Without a
        ``polling_interval`` the wait between polls doubles from 1 s up to 15 s."""
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = polling_interval if polling_interval is not None else 1.0
        while job.status not in _FINISHED:
            if deadline is not None and time.monotonic() >= deadline:
                break
            await asyncio.sleep(delay if deadline is None else max(0.0, min(delay, deadline - time.monotonic())))
            if polling_interval is None:
                delay = min(delay * 2, 15.0)
            latest = await self.retrieve(job.id)
            if latest is not None:
                job = latest
        return job
