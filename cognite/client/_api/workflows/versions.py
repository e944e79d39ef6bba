"""Workflow versions API (``client.workflows.versions``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, MutableSequence, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api.workflows._common import (
    WorkflowIdentifier,
    WorkflowVersionIdentifier,
    get_each,
    path,
    version_ids,
    workflow_filters,
)
from cognite.client._mechanisms.bulk import parse_json
from cognite.client.data_classes.workflows import (
    WorkflowIds,
    WorkflowVersion,
    WorkflowVersionId,
    WorkflowVersionList,
    WorkflowVersionUpsert,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


class WorkflowVersionAPI(ResourceAPI[WorkflowVersion, WorkflowVersionList]):
    """``client.workflows.versions``"""

    _RESOURCE_PATH = "/workflows/versions"
    _resource_cls = WorkflowVersion
    _list_cls = WorkflowVersionList

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        workflow_version_ids: WorkflowIdentifier | MutableSequence[WorkflowIdentifier] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WorkflowVersion]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        workflow_version_ids: WorkflowIdentifier | MutableSequence[WorkflowIdentifier] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WorkflowVersionList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        workflow_version_ids: WorkflowIdentifier | MutableSequence[WorkflowIdentifier] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[WorkflowVersion] | AsyncIterator[WorkflowVersionList]:
        """Iterate over workflow versions (of the workflows / versions given).

        Example:
            >>> for v in client.workflows.versions(workflow_version_ids="my_workflow"):  # doctest: +SKIP
            ...     v
        """
        return self._iterate(chunk_size, {"workflowFilters": workflow_filters(workflow_version_ids)}, limit)

    @overload
    async def upsert(
        self, version: WorkflowVersionUpsert, mode: Literal["replace"] = "replace", **options: Unpack[CallOptions]
    ) -> WorkflowVersion: ...
    @overload
    async def upsert(
        self,
        version: Sequence[WorkflowVersionUpsert],
        mode: Literal["replace"] = "replace",
        **options: Unpack[CallOptions],
    ) -> WorkflowVersionList: ...
    async def upsert(
        self,
        version: WorkflowVersionUpsert | Sequence[WorkflowVersionUpsert],
        mode: Literal["replace"] = "replace",
        **options: Unpack[CallOptions],
    ) -> WorkflowVersion | WorkflowVersionList:
        """Create workflow versions, or replace those that exist (the workflow is created when missing).

        Example:
            >>> from cognite.client.data_classes import (
            ...     WorkflowVersionUpsert, WorkflowDefinitionUpsert, WorkflowTask, CDFTaskParameters)
            >>> task = WorkflowTask("t1", CDFTaskParameters("/assets/list", "POST", body={"limit": 1}))
            >>> v = WorkflowVersionUpsert("my_workflow", "1", WorkflowDefinitionUpsert([task]))
            >>> res = client.workflows.versions.upsert(v)  # doctest: +SKIP
        """
        if mode != "replace":
            raise ValueError("Workflow versions are always upserted in 'replace' mode")
        items = [version] if isinstance(version, WorkflowVersionUpsert) else list(version)
        if not all(isinstance(v, WorkflowVersionUpsert) for v in items):
            raise TypeError("version must be a WorkflowVersionUpsert or a sequence of them")
        return await self._create(version)

    async def delete(
        self,
        workflow_version_id: WorkflowVersionIdentifier
        | MutableSequence[WorkflowVersionId]
        | MutableSequence[tuple[str, str]],
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete workflow versions.

        Example:
            >>> client.workflows.versions.delete(("my workflow", "1"))  # doctest: +SKIP
        """
        items = [v.dump(camel_case=True) for v in version_ids(workflow_version_id)]
        await self._delete_multiple(items, ignore_unknown_ids=ignore_unknown_ids)

    @overload
    async def retrieve(
        self, workflow_external_id: WorkflowVersionIdentifier, *, ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> WorkflowVersion | None: ...  # fmt: skip
    @overload
    async def retrieve(
        self, workflow_external_id: Sequence[WorkflowVersionIdentifier] | WorkflowIds, *,
        ignore_unknown_ids: bool = False, **options: Unpack[CallOptions],
    ) -> WorkflowVersionList: ...  # fmt: skip
    async def retrieve(
        self,
        workflow_external_id: WorkflowVersionIdentifier | Sequence[WorkflowVersionIdentifier] | WorkflowIds,
        *,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> WorkflowVersion | WorkflowVersionList | None:
        """One version (None if missing) or, for several ids, a list.

        Example:
            >>> from cognite.client.data_classes import WorkflowVersionId
            >>> v = client.workflows.versions.retrieve(WorkflowVersionId("my_workflow", "1"))  # doctest: +SKIP
        """

        async def get(vid: WorkflowVersionId) -> dict[str, Any]:
            response = await self._get(path("/workflows/{}/versions/{}", *vid.as_tuple()))
            return dict(parse_json(response.content))

        single = isinstance(workflow_external_id, (WorkflowVersionId, tuple))
        ids = version_ids(workflow_external_id)
        if single:
            found = await get_each(ids, get, ignore_unknown=True)
            return self._load(found[0]) if found else None
        items = await get_each(ids, get, ignore_unknown=ignore_unknown_ids)
        return self._new_list(self._load(i) for i in items)

    async def list(
        self,
        workflow_version_ids: WorkflowIdentifier | MutableSequence[WorkflowIdentifier] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> WorkflowVersionList:
        """List workflow versions (of the workflows / versions given).

        Example:
            >>> res = client.workflows.versions.list([("my_workflow", "1"), "other"])  # doctest: +SKIP
        """
        return await self._list_filtered({"workflowFilters": workflow_filters(workflow_version_ids)}, limit)
