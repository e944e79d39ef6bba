"""Atlas AI agents (the spec snapshot has no schema for them: fields as the official SDK names them)."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import (
    CogniteResource,
    CogniteResourceList,
    WriteableCogniteResourceList,
    load_list,
)
from cognite.client.data_classes.agents.agent_tools import AgentTool, AgentToolUpsert, Subagent, load_one


def load_list_of(cls: type[CogniteResource]) -> Any:
    """Nested loader of a list of a family's objects (each dict as the variant its type names)."""
    one = load_one(cls)
    return lambda values: [one(v) for v in values]


_WRITE_FIELDS = ("external_id", "name", "description", "instructions", "model", "runtime_version", "labels", "tools")


class AgentUpsert(CogniteResource):
    """An agent to create or replace (``tools``: ``QueryKnowledgeGraphAgentToolUpsert`` ... or their wire dicts).

    Example:
        >>> from cognite.client.data_classes.agents import AgentUpsert
        >>> AgentUpsert("my_agent", "My agent", instructions="Be brief").dump()
        {'externalId': 'my_agent', 'name': 'My agent', 'instructions': 'Be brief'}
    """

    _fields = (*_WRITE_FIELDS, "subagents")
    _positional = _fields
    _WRITE_REQUIRED = ("external_id", "name")
    external_id: str
    name: str
    description: str | None
    instructions: str | None
    model: str | None
    runtime_version: str | None
    labels: list[str] | None
    tools: list[AgentToolUpsert] | None
    subagents: list[Subagent] | None


class Agent(CogniteResource):
    """An agent as CDF returns it."""

    _fields = (
        "external_id",
        "name",
        "created_time",
        "last_updated_time",
        "description",
        "instructions",
        "model",
        "runtime_version",
        "labels",
        "tools",
        "subagents",
        "owner_id",
    )
    _positional = _fields
    _WRITE_FIELDS = (*_WRITE_FIELDS, "subagents")
    _WRITE_CLASS = "AgentUpsert"
    external_id: str
    name: str
    created_time: int
    last_updated_time: int
    description: str | None
    instructions: str | None
    model: str | None
    runtime_version: str | None
    labels: list[str] | None
    tools: list[AgentTool] | None
    subagents: list[Subagent] | None
    owner_id: str | None


AgentUpsert._nested = {"tools": load_list_of(AgentToolUpsert), "subagents": load_list(Subagent)}
Agent._nested = {"tools": load_list_of(AgentTool), "subagents": load_list(Subagent)}


class AgentUpsertList(CogniteResourceList[AgentUpsert]):
    _RESOURCE = AgentUpsert


class AgentList(WriteableCogniteResourceList[Agent, AgentUpsertList]):
    _RESOURCE = Agent
