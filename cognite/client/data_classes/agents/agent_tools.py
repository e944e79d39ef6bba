"""The tools of an agent: one family told apart by ``type`` (the spec snapshot has no schema for them: fields as the
official SDK names them), and their configurations."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from cognite.client.data_classes._base import CogniteObject, CogniteResource, CogniteResourceList, load_list
from cognite.client.data_classes._variants import Variant


class DataModelInfo(CogniteObject):
    """A data model (and optionally which of its views) a tool may use.

    Example:
        >>> from cognite.client.data_classes.agents import DataModelInfo
        >>> DataModelInfo("cdf_idm", "CogniteProcessIndustries", "v1", ["CogniteAsset"]).dump()["viewExternalIds"]
        ['CogniteAsset']
    """

    _fields = ("space", "external_id", "version", "view_external_ids")
    _positional = _fields
    space: str
    external_id: str
    version: str
    view_external_ids: list[str] | None


class InstanceSpaces(CogniteObject):
    """Which instance spaces a tool may read: ``type="all"``, or ``"manual"`` with ``spaces``."""

    _fields = ("type", "spaces")
    _positional = _fields
    type: Literal["manual", "all"]
    spaces: list[str] | None


class Subagent(CogniteObject):
    """Another agent this agent may delegate to."""

    _fields = ("agent_external_id",)
    _positional = _fields
    agent_external_id: str


class QueryKnowledgeGraphAgentToolConfiguration(CogniteObject):
    """What a knowledge-graph query tool may read (``version``: the query generation strategy, "v1" / "v2")."""

    _fields = ("data_models", "instance_spaces", "version")
    _positional = _fields
    data_models: list[DataModelInfo]
    instance_spaces: InstanceSpaces | None
    version: str | None


class QueryAgentToolConfiguration(CogniteObject):
    """What a query tool may read; on the wire its data models are ``{"type": "manual", "dataModels": [...]}``."""

    _fields = ("data_models", "instance_spaces")
    _positional = _fields
    data_models: list[DataModelInfo]
    instance_spaces: InstanceSpaces | None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        key = "dataModels" if camel_case else "data_models"
        out[key] = {"type": "manual", key: out.get(key, [])}
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> QueryAgentToolConfiguration:  # type: ignore[override]
        models = resource.get("dataModels")
        if isinstance(models, dict):
            resource = {**resource, "dataModels": models.get("dataModels", [])}
        return super()._load(resource, cognite_client)


class AgentToolUpsert(Variant, CogniteResource):
    """A tool of an agent to upsert (the variant its ``type`` names; an unknown type loads as this class)."""

    _variants: ClassVar[dict[str, type]] = {}
    _fields = ("name", "description", "configuration")
    _positional = _fields
    name: str
    description: str
    configuration: Any


class AgentTool(Variant, CogniteResource):
    """A tool of an agent as CDF returns it."""

    _variants: ClassVar[dict[str, type]] = {}
    _fields = ("name", "description", "configuration")
    _positional = _fields
    name: str
    description: str
    configuration: Any


class SummarizeDocumentAgentToolUpsert(AgentToolUpsert):
    _type = "summarizeDocument"


class SummarizeDocumentAgentTool(AgentTool):
    _type = "summarizeDocument"


class AskDocumentAgentToolUpsert(AgentToolUpsert):
    _type = "askDocument"


class AskDocumentAgentTool(AgentTool):
    _type = "askDocument"


class QueryTimeSeriesDatapointsAgentToolUpsert(AgentToolUpsert):
    _type = "queryTimeSeriesDatapoints"


class QueryTimeSeriesDatapointsAgentTool(AgentTool):
    _type = "queryTimeSeriesDatapoints"


class QueryKnowledgeGraphAgentToolUpsert(AgentToolUpsert):
    """A tool querying the knowledge graph.

    Example:
        >>> from cognite.client.data_classes.agents import (
        ...     DataModelInfo, QueryKnowledgeGraphAgentToolConfiguration, QueryKnowledgeGraphAgentToolUpsert)
        >>> config = QueryKnowledgeGraphAgentToolConfiguration([DataModelInfo("s", "m", "v1")])
        >>> QueryKnowledgeGraphAgentToolUpsert("find", "Find assets", config).dump()["configuration"]
        {'dataModels': [{'space': 's', 'externalId': 'm', 'version': 'v1'}]}
    """

    _type = "queryKnowledgeGraph"
    configuration: QueryKnowledgeGraphAgentToolConfiguration | None


class QueryKnowledgeGraphAgentTool(AgentTool):
    _type = "queryKnowledgeGraph"
    configuration: QueryKnowledgeGraphAgentToolConfiguration | None


class QueryAgentToolUpsert(AgentToolUpsert):
    _type = "query"
    configuration: QueryAgentToolConfiguration | None


class QueryAgentTool(AgentTool):
    _type = "query"
    configuration: QueryAgentToolConfiguration | None


def load_one(cls: type[CogniteObject]) -> Any:
    """Nested loader of one object: a dict becomes ``cls`` (the variant its type names, for a family), objects pass."""

    def load(value: Any) -> Any:
        return value if isinstance(value, CogniteObject) else cls._load(value)

    return load


def _configured(*classes: type[CogniteObject], config: type[CogniteObject]) -> None:
    for cls in classes:
        cls._nested = {"configuration": load_one(config)}


QueryKnowledgeGraphAgentToolConfiguration._nested = {
    "data_models": load_list(DataModelInfo),
    "instance_spaces": load_one(InstanceSpaces),
}
QueryAgentToolConfiguration._nested = {
    "data_models": load_list(DataModelInfo),
    "instance_spaces": load_one(InstanceSpaces),
}
_configured(
    QueryKnowledgeGraphAgentToolUpsert, QueryKnowledgeGraphAgentTool, config=QueryKnowledgeGraphAgentToolConfiguration
)
_configured(QueryAgentToolUpsert, QueryAgentTool, config=QueryAgentToolConfiguration)


class AgentToolUpsertList(CogniteResourceList[AgentToolUpsert]):
    _RESOURCE = AgentToolUpsert


class AgentToolList(CogniteResourceList[AgentTool]):
    _RESOURCE = AgentTool
