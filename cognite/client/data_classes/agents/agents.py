"""Atlas AI agents (the spec snapshot has no schema for them: fields as the official SDK names them)."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList, WriteableCogniteResourceList

_WRITE_FIELDS = ("external_id", "name", "description", "instructions", "model", "runtime_version", "labels", "tools")


class AgentUpsert(CogniteResource):
    """An agent to create or replace (``tools``: their wire dicts, ``{"type": "queryKnowledgeGraph", ...}``).

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
    tools: list[dict[str, Any]] | None
    subagents: list[dict[str, Any]] | None


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
    tools: list[dict[str, Any]] | None
    subagents: list[dict[str, Any]] | None
    owner_id: str | None


class AgentUpsertList(CogniteResourceList[AgentUpsert]):
    _RESOURCE = AgentUpsert


class AgentList(WriteableCogniteResourceList[Agent, AgentUpsertList]):
    _RESOURCE = Agent
