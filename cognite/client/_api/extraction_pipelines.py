"""Extraction pipelines API, with runs and configuration revisions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import CreateMixin, CrudMixin
from cognite.client.data_classes.extractionpipelines import (
    ExtractionPipeline,
    ExtractionPipelineConfig,
    ExtractionPipelineConfigRevision,
    ExtractionPipelineConfigRevisionList,
    ExtractionPipelineFilter,
    ExtractionPipelineList,
    ExtractionPipelineRun,
    ExtractionPipelineRunList,
    ExtractionPipelineUpdate,
)


class ExtractionPipelinesAPI(CreateMixin, CrudMixin, ResourceAPI):
    """``client.extraction_pipelines`` (``runs`` and ``config`` come from the API registry)."""

    _RESOURCE_PATH = "/extpipes"
    _resource_cls = ExtractionPipeline
    _list_cls = ExtractionPipelineList
    _update_cls = ExtractionPipelineUpdate
    _filter_cls = ExtractionPipelineFilter

    async def list(self, limit: int | None = DEFAULT_LIMIT_READ, **filters: Any) -> ExtractionPipelineList:
        """List extraction pipelines (keyword filters as in ``ExtractionPipelineFilter``).

        Example:
            >>> pipes = client.extraction_pipelines.list(limit=5)  # doctest: +SKIP
        """
        return await self._list_filtered(self._filter_dump(None, **filters), limit)


class ExtractionPipelineRunsAPI(ResourceAPI):
    """``client.extraction_pipelines.runs``"""

    _RESOURCE_PATH = "/extpipes/runs"
    _resource_cls = ExtractionPipelineRun
    _list_cls = ExtractionPipelineRunList

    async def list(
        self,
        external_id: str,
        statuses: str | Sequence[str] | None = None,
        message_substring: str | None = None,
        created_time: Any = None,
        limit: int | None = DEFAULT_LIMIT_READ,
    ) -> ExtractionPipelineRunList:
        """Runs reported for one pipeline, newest first.

        Example:
            >>> runs = client.extraction_pipelines.runs.list(external_id="ep", statuses=["failure"], limit=5)  # doctest: +SKIP
        """
        if not isinstance(external_id, str):
            raise TypeError("external_id must be a str")
        flt: dict[str, Any] = {"externalId": external_id}
        if statuses is not None:
            flt["statuses"] = [statuses] if isinstance(statuses, str) else list(statuses)
        if message_substring is not None:
            flt["message"] = {"substring": message_substring}
        if created_time is not None:
            flt["createdTime"] = created_time.dump() if hasattr(created_time, "dump") else created_time
        runs = await self._list(limit=limit, filter=flt, load=self._load, list_cls=self._new_list)
        for run in runs:
            run.external_id = external_id
        return runs

    async def create(self, run: ExtractionPipelineRun | Sequence[ExtractionPipelineRun]) -> Any:
        """Report runs (status ``success`` / ``failure`` / ``seen``).

        Example:
            >>> from cognite.client.data_classes import ExtractionPipelineRun
            >>> client.extraction_pipelines.runs.create(ExtractionPipelineRun(status="success", external_id="ep"))  # doctest: +SKIP
        """
        return await self._create(run)


class ExtractionPipelineConfigsAPI(ResourceAPI):
    """``client.extraction_pipelines.config``"""

    _RESOURCE_PATH = "/extpipes/config"
    _resource_cls = ExtractionPipelineConfig
    _list_cls = ExtractionPipelineConfigRevisionList

    async def retrieve(
        self, external_id: str, revision: int | None = None, active_time: int | None = None
    ) -> ExtractionPipelineConfig:
        """The latest configuration (or a given revision / the one active at a time).

        Example:
            >>> cfg = client.extraction_pipelines.config.retrieve(external_id="ep")  # doctest: +SKIP
        """
        params = {"externalId": external_id, "revision": revision, "activeAtTime": active_time}
        res = await self._get(self._RESOURCE_PATH, params={k: v for k, v in params.items() if v is not None})
        return self._load(res.json())

    async def list(self, external_id: str) -> ExtractionPipelineConfigRevisionList:
        """All configuration revisions of a pipeline (without the config bodies).

        Example:
            >>> revisions = client.extraction_pipelines.config.list(external_id="ep")  # doctest: +SKIP
        """

        def load(i: dict[str, Any]) -> Any:
            return ExtractionPipelineConfigRevision._load(i, cognite_client=self._cognite_client)

        return await self._list(
            method="GET",
            path=self._RESOURCE_PATH + "/revisions",
            limit=None,
            body={"externalId": external_id},
            load=load,
            list_cls=self._new_list,
        )

    async def create(self, config: ExtractionPipelineConfig) -> ExtractionPipelineConfig:
        """Store a new configuration revision.

        Example:
            >>> from cognite.client.data_classes import ExtractionPipelineConfig
            >>> client.extraction_pipelines.config.create(ExtractionPipelineConfig(external_id="ep", config="a: 1"))  # doctest: +SKIP
        """
        res = await self._post(self._RESOURCE_PATH, json=self._dump_write(config))
        return self._load(res.json())

    async def revert(self, external_id: str, revision: int) -> ExtractionPipelineConfig:
        """Make an earlier revision the latest one again.

        Example:
            >>> client.extraction_pipelines.config.revert(external_id="ep", revision=1)  # doctest: +SKIP
        """
        res = await self._post(
            self._RESOURCE_PATH + "/revert", json={"externalId": external_id, "revision": int(revision)}
        )
        return self._load(res.json())
