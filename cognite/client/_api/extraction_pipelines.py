"""Extraction pipelines API, with runs and configuration revisions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import CrudMixin
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.extractionpipelines import (
    ExtractionPipeline,
    ExtractionPipelineConfig,
    ExtractionPipelineConfigRevision,
    ExtractionPipelineConfigRevisionList,
    ExtractionPipelineConfigWrite,
    ExtractionPipelineFilter,
    ExtractionPipelineList,
    ExtractionPipelineRun,
    ExtractionPipelineRunList,
    ExtractionPipelineRunWrite,
    ExtractionPipelineUpdate,
    ExtractionPipelineWrite,
)
from cognite.client.utils._time import timestamp_to_ms

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.shared import TimestampRange
    from cognite.client.utils.useful_types import SequenceNotStr

RunStatus: TypeAlias = Literal["success", "failure", "seen"]


class ExtractionPipelinesAPI(
    CrudMixin[ExtractionPipeline, ExtractionPipelineWrite, ExtractionPipelineList, ExtractionPipelineUpdate],
    ResourceAPI[ExtractionPipeline, ExtractionPipelineList],
):
    """``client.extraction_pipelines`` (``runs`` and ``config`` come from the API registry)."""

    runs: Accessor[ExtractionPipelineRunsAPI] = Accessor()
    config: Accessor[ExtractionPipelineConfigsAPI] = Accessor()

    _RESOURCE_PATH = "/extpipes"
    _resource_cls = ExtractionPipeline
    _list_cls = ExtractionPipelineList
    _update_cls = ExtractionPipelineUpdate
    _filter_cls = ExtractionPipelineFilter

    @overload  # type: ignore[override]
    def __call__(
        self, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[ExtractionPipeline]: ...
    @overload
    def __call__(
        self, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[ExtractionPipelineList]: ...
    def __call__(
        self, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[ExtractionPipeline] | AsyncIterator[ExtractionPipelineList]:
        """Iterate over extraction pipelines (or lists of ``chunk_size``).

        Example:
            >>> for pipeline in client.extraction_pipelines():  # doctest: +SKIP
            ...     pipeline
        """
        return self._iterate(chunk_size, None, limit)

    @overload
    async def create(
        self, extraction_pipeline: ExtractionPipeline | ExtractionPipelineWrite, **options: Unpack[CallOptions]
    ) -> ExtractionPipeline: ...
    @overload
    async def create(
        self,
        extraction_pipeline: Sequence[ExtractionPipeline] | Sequence[ExtractionPipelineWrite],
        **options: Unpack[CallOptions],
    ) -> ExtractionPipelineList: ...
    async def create(
        self,
        extraction_pipeline: ExtractionPipeline
        | ExtractionPipelineWrite
        | Sequence[ExtractionPipeline]
        | Sequence[ExtractionPipelineWrite],
        **options: Unpack[CallOptions],
    ) -> ExtractionPipeline | ExtractionPipelineList:
        """Create one extraction pipeline or several.

        Example:
            >>> from cognite.client.data_classes import ExtractionPipelineWrite
            >>> ep = client.extraction_pipelines.create(ExtractionPipelineWrite(external_id="ep", name="EP", data_set_id=1))  # doctest: +SKIP
        """
        return await self._create(extraction_pipeline)

    async def delete(  # type: ignore[override]  # extraction pipelines take no ignore_unknown_ids
        self,
        id: int | Sequence[int] | None = None,
        external_id: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete extraction pipelines by id(s) and/or external id(s).

        Example:
            >>> client.extraction_pipelines.delete(id=[1, 2], external_id="ep")  # doctest: +SKIP
        """
        await self._delete_ids(id, external_id)

    async def list(
        self, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> ExtractionPipelineList:
        """List extraction pipelines.

        Example:
            >>> pipes = client.extraction_pipelines.list(limit=5)  # doctest: +SKIP
        """
        return await self._list_filtered(None, limit)


class ExtractionPipelineRunsAPI(ResourceAPI[ExtractionPipelineRun, ExtractionPipelineRunList]):
    """``client.extraction_pipelines.runs``"""

    _RESOURCE_PATH = "/extpipes/runs"
    _resource_cls = ExtractionPipelineRun
    _list_cls = ExtractionPipelineRunList

    async def list(
        self,
        external_id: str,
        statuses: RunStatus | Sequence[RunStatus] | SequenceNotStr[str] | None = None,
        message_substring: str | None = None,
        created_time: dict[str, Any] | TimestampRange | str | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> ExtractionPipelineRunList:
        """Runs reported for one pipeline, newest first (``created_time="1d-ago"``: since then).

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
        if isinstance(created_time, str):
            flt["createdTime"] = {"min": timestamp_to_ms(created_time)}
        elif created_time is not None:
            flt["createdTime"] = created_time.dump() if hasattr(created_time, "dump") else created_time
        runs = await self._list(limit=limit, filter=flt, load=self._load, list_cls=self._new_list)
        for run in runs:
            run.extpipe_external_id = external_id
        return runs

    @overload
    async def create(
        self, run: ExtractionPipelineRun | ExtractionPipelineRunWrite, **options: Unpack[CallOptions]
    ) -> ExtractionPipelineRun: ...
    @overload
    async def create(
        self,
        run: Sequence[ExtractionPipelineRun] | Sequence[ExtractionPipelineRunWrite],
        **options: Unpack[CallOptions],
    ) -> ExtractionPipelineRunList: ...
    async def create(
        self,
        run: ExtractionPipelineRun
        | ExtractionPipelineRunWrite
        | Sequence[ExtractionPipelineRun]
        | Sequence[ExtractionPipelineRunWrite],
        **options: Unpack[CallOptions],
    ) -> ExtractionPipelineRun | ExtractionPipelineRunList:
        """Report runs (status ``success`` / ``failure`` / ``seen``).

        Example:
            >>> from cognite.client.data_classes import ExtractionPipelineRun
            >>> client.extraction_pipelines.runs.create(ExtractionPipelineRun(status="success", extpipe_external_id="ep"))  # doctest: +SKIP
        """
        return await self._create(run)


class ExtractionPipelineConfigsAPI(ResourceAPI[ExtractionPipelineConfig, Any]):
    """``client.extraction_pipelines.config``"""

    _RESOURCE_PATH = "/extpipes/config"
    _resource_cls = ExtractionPipelineConfig
    _list_cls = ExtractionPipelineConfigRevisionList

    async def retrieve(
        self,
        external_id: str,
        revision: int | None = None,
        active_at_time: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ExtractionPipelineConfig:
        """The latest configuration (or a given revision / the one active at a time).

        Example:
            >>> cfg = client.extraction_pipelines.config.retrieve(external_id="ep")  # doctest: +SKIP
        """
        params = {"externalId": external_id, "revision": revision, "activeAtTime": active_at_time}
        res = await self._get(self._RESOURCE_PATH, params={k: v for k, v in params.items() if v is not None})
        return self._load(res.json())

    async def list(self, external_id: str, **options: Unpack[CallOptions]) -> ExtractionPipelineConfigRevisionList:
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

    async def create(
        self, config: ExtractionPipelineConfig | ExtractionPipelineConfigWrite, **options: Unpack[CallOptions]
    ) -> ExtractionPipelineConfig:
        """Store a new configuration revision.

        Example:
            >>> from cognite.client.data_classes import ExtractionPipelineConfig
            >>> client.extraction_pipelines.config.create(ExtractionPipelineConfig(external_id="ep", config="a: 1"))  # doctest: +SKIP
        """
        res = await self._post(self._RESOURCE_PATH, json=self._dump_write(config))
        return self._load(res.json())

    async def revert(self, external_id: str, revision: int, **options: Unpack[CallOptions]) -> ExtractionPipelineConfig:
        """Make an earlier revision the latest one again.

        Example:
            >>> client.extraction_pipelines.config.revert(external_id="ep", revision=1)  # doctest: +SKIP
        """
        res = await self._post(
            self._RESOURCE_PATH + "/revert", json={"externalId": external_id, "revision": int(revision)}
        )
        return self._load(res.json())
