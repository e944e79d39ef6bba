"""Workflows API (``client.workflows``): workflows, their versions (DAGs of tasks), executions, tasks and triggers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Literal, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api.workflows._common import get_each, path
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.workflows import Workflow, WorkflowList, WorkflowUpsert

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api.workflows.executions import WorkflowExecutionAPI, WorkflowTaskAPI
    from cognite.client._api.workflows.triggers import WorkflowTriggerAPI
    from cognite.client._api.workflows.versions import WorkflowVersionAPI
    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class WorkflowsAPI(ResourceAPI[Workflow, WorkflowList]):
    """``client.workflows``"""

    versions: Accessor[WorkflowVersionAPI] = Accessor()
    executions: Accessor[WorkflowExecutionAPI] = Accessor()
    tasks: Accessor[WorkflowTaskAPI] = Accessor()
    triggers: Accessor[WorkflowTriggerAPI] = Accessor()

    _RESOURCE_PATH = "/workflows"
    _resource_cls = Workflow
    _list_cls = WorkflowList

    @overload
    def __call__(
        self, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Workflow]: ...
    @overload
    def __call__(
        self, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[WorkflowList]: ...
    def __call__(
        self, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Workflow] | AsyncIterator[WorkflowList]:
        """Iterate over workflows (or lists of ``chunk_size``).

        Example:
            >>> for wf in client.workflows():  # doctest: +SKIP
            ...     wf
        """
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        return self._list_generator(
            load=self._load, list_cls=self._new_list, chunk_size=chunk_size, method="GET", limit=limit
        )

    @overload
    async def upsert(
        self, workflow: WorkflowUpsert, mode: Literal["replace"] = "replace", **options: Unpack[CallOptions]
    ) -> Workflow: ...
    @overload
    async def upsert(
        self, workflow: Sequence[WorkflowUpsert], mode: Literal["replace"] = "replace", **options: Unpack[CallOptions]
    ) -> WorkflowList: ...
    async def upsert(
        self,
        workflow: WorkflowUpsert | Sequence[WorkflowUpsert],
        mode: Literal["replace"] = "replace",
        **options: Unpack[CallOptions],
    ) -> Workflow | WorkflowList:
        """Create workflows, or replace those that exist.

        Example:
            >>> from cognite.client.data_classes import WorkflowUpsert
            >>> res = client.workflows.upsert(WorkflowUpsert("my_workflow"))  # doctest: +SKIP
        """
        if mode != "replace":
            raise ValueError("Workflows are always upserted in 'replace' mode")
        items = [workflow] if isinstance(workflow, WorkflowUpsert) else list(workflow)
        if not all(isinstance(w, WorkflowUpsert) for w in items):
            raise TypeError("workflow must be a WorkflowUpsert or a sequence of them")
        return await self._create(workflow)

    @overload
    async def retrieve(
        self, external_id: str, ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> Workflow | None: ...
    @overload
    async def retrieve(
        self, external_id: SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> WorkflowList: ...
    async def retrieve(
        self,
        external_id: str | SequenceNotStr[str],
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> Workflow | WorkflowList | None:
        """One workflow (None if missing) or, for several external ids, a list.

        Example:
            >>> wf = client.workflows.retrieve("my_workflow")  # doctest: +SKIP
        """

        async def get(xid: str) -> dict:  # type: ignore[type-arg]
            from cognite.client._mechanisms.bulk import parse_json

            return dict(parse_json((await self._get(path("/workflows/{}", xid))).content))

        if isinstance(external_id, str):
            found = await get_each([external_id], get, ignore_unknown=True)
            return self._load(found[0]) if found else None
        items = await get_each(list(external_id), get, ignore_unknown=ignore_unknown_ids)
        return self._new_list(self._load(i) for i in items)

    async def delete(
        self, external_id: str | SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> None:
        """Delete workflows (and their versions).

        Example:
            >>> client.workflows.delete("my_workflow")  # doctest: +SKIP
        """
        await self._delete_ids(external_ids=external_id, ignore_unknown_ids=ignore_unknown_ids)

    async def list(self, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]) -> WorkflowList:
        """List workflows.

        Example:
            >>> res = client.workflows.list(limit=None)  # doctest: +SKIP
        """
        return await self._list_filtered(None, limit, method="GET")
