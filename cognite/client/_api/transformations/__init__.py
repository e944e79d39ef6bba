"""Transformations API: CRUD, filtered listing, and the run / preview / cancel calls (with ``schedules``,
``notifications``, ``jobs``, ``schema`` and ``external_data_sources`` from the API registry).

Credentials given as ``OidcCredentials`` or ``NonceCredentials`` are sent as given; CDF keeps them and never sends
them back (a read transformation says ``has_source_oidc_credentials``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, ids_or_external_ids
from cognite.client._api._mixins import DeleteMixin, RetrieveMixin, UpdateMixin
from cognite.client._api_registry import Accessor
from cognite.client._mechanisms.identifiers import single_identifier
from cognite.client.data_classes.transformations import (
    TagsFilter,
    Transformation,
    TransformationFilter,
    TransformationList,
    TransformationPreviewResult,
    TransformationUpdate,
    TransformationWrite,
)
from cognite.client.data_classes.transformations.common import ConflictMode
from cognite.client.data_classes.transformations.jobs import TransformationJob

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api.transformations.externaldata import TransformationExternalDataSourcesAPI
    from cognite.client._api.transformations.jobs import TransformationJobsAPI
    from cognite.client._api.transformations.notifications import TransformationNotificationsAPI
    from cognite.client._api.transformations.schedules import TransformationSchedulesAPI
    from cognite.client._api.transformations.schema import TransformationSchemaAPI
    from cognite.client._api_client import CallOptions, CallOptionsNoTimeout
    from cognite.client.data_classes.shared import TimestampRange


class TransformationsAPI(
    RetrieveMixin[Transformation, TransformationList],
    DeleteMixin,
    UpdateMixin[Transformation, TransformationWrite, TransformationList, TransformationUpdate],
    ResourceAPI[Transformation, TransformationList],
):
    """``client.transformations``"""

    schedules: Accessor[TransformationSchedulesAPI] = Accessor()
    notifications: Accessor[TransformationNotificationsAPI] = Accessor()
    jobs: Accessor[TransformationJobsAPI] = Accessor()
    schema: Accessor[TransformationSchemaAPI] = Accessor()
    external_data_sources: Accessor[TransformationExternalDataSourcesAPI] = Accessor()

    _RESOURCE_PATH = "/transformations"
    _resource_cls = Transformation
    _list_cls = TransformationList
    _update_cls = TransformationUpdate
    _filter_cls = TransformationFilter

    def _filter(
        self,
        include_public: bool = True,
        name_regex: str | None = None,
        query_regex: str | None = None,
        destination_type: str | None = None,
        conflict_mode: ConflictMode | None = None,
        cdf_project_name: str | None = None,
        has_blocked_error: bool | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        data_set_ids: int | list[int] | None = None,
        data_set_external_ids: str | list[str] | None = None,
        tags: TagsFilter | None = None,
    ) -> dict[str, Any]:
        if not isinstance(include_public, bool):
            raise TypeError("include_public must be a bool")
        if tags is not None and not isinstance(tags, TagsFilter):
            raise TypeError("tags must be a TagsFilter, e.g. ContainsAny(['tag'])")
        data_sets = ids_or_external_ids(data_set_ids, data_set_external_ids)
        fields = TransformationFilter(
            include_public=include_public,
            name_regex=name_regex,
            query_regex=query_regex,
            destination_type=destination_type,
            conflict_mode=conflict_mode,
            cdf_project_name=cdf_project_name,
            has_blocked_error=has_blocked_error,
            created_time=created_time,
            last_updated_time=last_updated_time,
            data_set_ids=data_sets,
            tags=tags,
        )
        return fields.dump(camel_case=True)

    @overload  # type: ignore[override]
    def __call__(
        self,
        chunk_size: None = None,
        include_public: bool = True,
        name_regex: str | None = None,
        query_regex: str | None = None,
        destination_type: str | None = None,
        conflict_mode: ConflictMode | None = None,
        cdf_project_name: str | None = None,
        has_blocked_error: bool | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        data_set_ids: int | list[int] | None = None,
        data_set_external_ids: str | list[str] | None = None,
        tags: TagsFilter | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Transformation]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        include_public: bool = True,
        name_regex: str | None = None,
        query_regex: str | None = None,
        destination_type: str | None = None,
        conflict_mode: ConflictMode | None = None,
        cdf_project_name: str | None = None,
        has_blocked_error: bool | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        data_set_ids: int | list[int] | None = None,
        data_set_external_ids: str | list[str] | None = None,
        tags: TagsFilter | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[TransformationList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        include_public: bool = True,
        name_regex: str | None = None,
        query_regex: str | None = None,
        destination_type: str | None = None,
        conflict_mode: ConflictMode | None = None,
        cdf_project_name: str | None = None,
        has_blocked_error: bool | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        data_set_ids: int | list[int] | None = None,
        data_set_external_ids: str | list[str] | None = None,
        tags: TagsFilter | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Transformation] | AsyncIterator[TransformationList]:
        """Iterate over transformations (or lists of ``chunk_size``), filtered like ``list``.

        Example:
            >>> for tr in client.transformations(name_regex="^copy"):  # doctest: +SKIP
            ...     tr
        """
        flt = self._filter(
            include_public,
            name_regex,
            query_regex,
            destination_type,
            conflict_mode,
            cdf_project_name,
            has_blocked_error,
            created_time,
            last_updated_time,
            data_set_ids,
            data_set_external_ids,
            tags,
        )
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        return self._list_generator(
            load=self._load,
            list_cls=self._new_list,
            chunk_size=chunk_size,
            limit=limit,
            filter=flt,
            path=self._RESOURCE_PATH + "/filter",
        )

    @overload
    async def create(
        self, transformation: Transformation | TransformationWrite, **options: Unpack[CallOptions]
    ) -> Transformation: ...
    @overload
    async def create(
        self,
        transformation: Sequence[Transformation] | Sequence[TransformationWrite],
        **options: Unpack[CallOptions],
    ) -> TransformationList: ...
    async def create(
        self,
        transformation: Transformation | TransformationWrite | Sequence[Transformation] | Sequence[TransformationWrite],
        **options: Unpack[CallOptions],
    ) -> Transformation | TransformationList:
        """Create one transformation or several.

        Example:
            >>> from cognite.client.data_classes import TransformationDestination, TransformationWrite
            >>> tr = client.transformations.create(TransformationWrite(  # doctest: +SKIP
            ...     external_id="copy", name="Copy", query="select * from db.tbl",
            ...     destination=TransformationDestination.assets()))
        """
        return await self._create(transformation)

    async def list(
        self,
        include_public: bool = True,
        name_regex: str | None = None,
        query_regex: str | None = None,
        destination_type: str | None = None,
        conflict_mode: ConflictMode | None = None,
        cdf_project_name: str | None = None,
        has_blocked_error: bool | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        data_set_ids: int | list[int] | None = None,
        data_set_external_ids: str | list[str] | None = None,
        tags: TagsFilter | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> TransformationList:
        """List transformations (``POST /transformations/filter``).

        Example:
            >>> trs = client.transformations.list(destination_type="assets", limit=5)  # doctest: +SKIP
        """
        flt = self._filter(
            include_public,
            name_regex,
            query_regex,
            destination_type,
            conflict_mode,
            cdf_project_name,
            has_blocked_error,
            created_time,
            last_updated_time,
            data_set_ids,
            data_set_external_ids,
            tags,
        )
        return await self._list_filtered(flt, limit, path=self._RESOURCE_PATH + "/filter")

    async def run(
        self,
        transformation_id: int | None = None,
        transformation_external_id: str | None = None,
        wait: bool = True,
        timeout: float | None = None,
        **options: Unpack[CallOptionsNoTimeout],
    ) -> TransformationJob:
        """Start a job of the transformation (and with ``wait``, wait up to ``timeout`` s for it to finish).
        The local emulator cannot run SQL and answers with a clear ``CogniteAPIError``.

        Example:
            >>> job = client.transformations.run(transformation_external_id="copy", wait=False)  # doctest: +SKIP
        """
        ref = single_identifier(transformation_id, transformation_external_id)
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 0):
            raise ValueError("timeout must be a non-negative number of seconds (or None)")
        res = await self._post(self._RESOURCE_PATH + "/run", json=ref)
        job = TransformationJob._load(res.json(), cognite_client=self._cognite_client)
        if wait:
            job = await self.jobs._wait(job, timeout)
        return job

    async def cancel(
        self,
        transformation_id: int | None = None,
        transformation_external_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Cancel the running job of a transformation.

        Example:
            >>> client.transformations.cancel(transformation_external_id="copy")  # doctest: +SKIP
        """
        ref = single_identifier(transformation_id, transformation_external_id)
        await self._post(self._RESOURCE_PATH + "/cancel", json=ref)

    async def preview(
        self,
        query: str | None = None,
        convert_to_string: bool = False,
        limit: int | None = 100,
        source_limit: int | None = 100,
        infer_schema_limit: int | None = 10_000,
        timeout: int | None = 240,
        **options: Unpack[CallOptionsNoTimeout],
    ) -> TransformationPreviewResult:
        """Run a query for a preview of its result (schema and rows); the local emulator answers with a clear
        ``CogniteAPIError`` (it cannot run SQL).

        Example:
            >>> res = client.transformations.preview(query="select * from _cdf.assets", limit=5)  # doctest: +SKIP
        """
        if not isinstance(query, str) or not query.strip():
            raise ValueError("query must be a non-empty SQL string")
        for name, value in (
            ("limit", limit),
            ("source_limit", source_limit),
            ("infer_schema_limit", infer_schema_limit),
        ):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise ValueError(f"{name} must be a positive int or None")
        if timeout is not None and (
            isinstance(timeout, bool) or not isinstance(timeout, int) or not 1 <= timeout <= 240
        ):
            raise ValueError("timeout must be an int of 1..240 seconds")
        body = {
            "query": query,
            "convertToString": convert_to_string,
            "limit": limit,
            "sourceLimit": source_limit,
            "inferSchemaLimit": infer_schema_limit,
            "timeout": timeout,
        }
        res = await self._post(self._RESOURCE_PATH + "/query/run", json=body)
        return TransformationPreviewResult._load(res.json(), cognite_client=self._cognite_client)
