"""Workflow triggers API (``client.workflows.triggers``): schedules and data modeling triggers, their runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api.workflows._common import path, session_nonce
from cognite.client.data_classes.workflows import (
    WorkflowTrigger,
    WorkflowTriggerList,
    WorkflowTriggerRun,
    WorkflowTriggerRunList,
    WorkflowTriggerUpsert,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.iam import ClientCredentials
    from cognite.client.utils.useful_types import SequenceNotStr


class WorkflowTriggerAPI(ResourceAPI[WorkflowTrigger, WorkflowTriggerList]):
    """``client.workflows.triggers``"""

    _RESOURCE_PATH = "/workflows/triggers"
    _resource_cls = WorkflowTrigger
    _list_cls = WorkflowTriggerList

    async def upsert(
        self,
        workflow_trigger: WorkflowTriggerUpsert,
        client_credentials: ClientCredentials | dict | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowTrigger:
        """Create a trigger, or replace the one with its external id.

        Example:
            >>> from cognite.client.data_classes.workflows import WorkflowTriggerUpsert, WorkflowScheduledTriggerRule
            >>> rule = WorkflowScheduledTriggerRule(cron_expression="0 0 * * *")
            >>> t = client.workflows.triggers.upsert(WorkflowTriggerUpsert("t", rule, "my_workflow", "1"))  # doctest: +SKIP
        """
        if not isinstance(workflow_trigger, WorkflowTriggerUpsert):
            raise TypeError(f"workflow_trigger must be a WorkflowTriggerUpsert, not {type(workflow_trigger).__name__}")
        nonce = await session_nonce(self._cognite_client, client_credentials)
        item = {**workflow_trigger.dump(camel_case=True), "authentication": {"nonce": nonce}}
        return await self._create(item)

    async def delete(self, external_id: str | SequenceNotStr[str], **options: Unpack[CallOptions]) -> None:
        """Delete triggers.

        Example:
            >>> client.workflows.triggers.delete("my_trigger")  # doctest: +SKIP
        """
        await self._delete_ids(external_ids=external_id)

    async def list(self, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]) -> WorkflowTriggerList:
        """List triggers.

        Example:
            >>> res = client.workflows.triggers.list(limit=None)  # doctest: +SKIP
        """
        return await self._list_filtered(None, limit, method="GET")

    async def list_runs(
        self, external_id: str, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> WorkflowTriggerRunList:
        """The runs of a trigger, the latest first.

        Example:
            >>> runs = client.workflows.triggers.list_runs("my_trigger", limit=None)  # doctest: +SKIP
        """
        if not isinstance(external_id, str):
            raise TypeError(f"external_id must be a str, not {type(external_id).__name__}")

        def load(item: dict[str, Any]) -> WorkflowTriggerRun:
            return WorkflowTriggerRun._load(item, cognite_client=self._cognite_client)

        return await self._list(
            load=load,
            list_cls=lambda items: WorkflowTriggerRunList(items, cognite_client=self._cognite_client),
            method="GET",
            path=path("/workflows/triggers/{}/history", external_id),
            limit=limit,
        )

    async def pause(self, external_id: str, **options: Unpack[CallOptions]) -> None:
        """Pause a trigger: it does not fire until resumed.

        Example:
            >>> client.workflows.triggers.pause("my_trigger")  # doctest: +SKIP
        """
        await self._post(path("/workflows/triggers/{}/pause", external_id), json={})

    async def resume(self, external_id: str, **options: Unpack[CallOptions]) -> None:
        """Resume a paused trigger (it fires from now on).

        Example:
            >>> client.workflows.triggers.resume("my_trigger")  # doctest: +SKIP
        """
        await self._post(path("/workflows/triggers/{}/resume", external_id), json={})
