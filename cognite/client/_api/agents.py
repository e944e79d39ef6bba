"""``client.agents``: Atlas AI agents, a declared resource off the spec snapshot (its paths are CDF's convention)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, overload

from cognite.client._api._declared import DeleteExternalIds, RetrieveExternalIds
from cognite.client.data_classes.agents import Agent, AgentList, AgentUpsert

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


class AgentsAPI(RetrieveExternalIds[Agent, AgentList], DeleteExternalIds[Agent, AgentList]):
    """``client.agents``"""

    _RESOURCE_PATH = "/ai/agents"  # not in the spec snapshot: CRUD paths by convention (DeclaredAPI._path_of)
    _resource_cls, _list_cls = Agent, AgentList
    _CREATE_LIMIT = 1  # as the official SDK sends them

    @overload
    async def upsert(self, agents: AgentUpsert, **options: Unpack[CallOptions]) -> Agent: ...
    @overload
    async def upsert(self, agents: Sequence[AgentUpsert], **options: Unpack[CallOptions]) -> AgentList: ...
    async def upsert(
        self, agents: AgentUpsert | Sequence[AgentUpsert], **options: Unpack[CallOptions]
    ) -> Agent | AgentList:
        """Create agents, or replace those whose external id exists.

        Example:
            >>> from cognite.client.data_classes.agents import AgentUpsert
            >>> agent = client.agents.upsert(AgentUpsert("my_agent", "My agent"))  # doctest: +SKIP
        """
        return await self._create(agents, path=self._path_of("create"))  # type: ignore[call-overload, no-any-return]

    async def list(self, **options: Unpack[CallOptions]) -> AgentList:  # type: ignore[override]
        """Every agent of the project.

        Example:
            >>> agents = client.agents.list()  # doctest: +SKIP
        """
        return await self._list_all(None)

    async def chat(
        self,
        agent_external_id: str,
        messages: Any,
        cursor: str | None = None,
        actions: Sequence[Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Send messages to an agent; the reply (``messages``, ``cursor`` to continue the conversation) as its JSON.

        Example:
            >>> reply = client.agents.chat("my_agent", {"content": {"text": "Hi"}, "role": "user"})  # doctest: +SKIP
        """
        if not isinstance(agent_external_id, str) or not agent_external_id:
            raise TypeError("agent_external_id must be a non-empty string")
        items = list(messages) if isinstance(messages, (list, tuple)) else [messages]
        body: dict[str, Any] = {"agentExternalId": agent_external_id, "messages": [_dump(m) for m in items]}
        if cursor is not None:
            body["cursor"] = cursor
        if actions:
            body["actions"] = [_dump(a) for a in actions]
        response = await self._post(self._RESOURCE_PATH + "/chat", json=body)
        reply: dict[str, Any] = response.json()
        return reply


def _dump(value: Any) -> Any:
    return value.dump(camel_case=True) if hasattr(value, "dump") else value
