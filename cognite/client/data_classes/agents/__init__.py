"""Atlas AI agents."""

from cognite.client.data_classes.agents.agents import Agent, AgentList, AgentUpsert, AgentUpsertList

__all__ = ["Agent", "AgentList", "AgentUpsert", "AgentUpsertList"]
