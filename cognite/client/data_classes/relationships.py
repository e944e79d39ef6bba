"""Relationships between resources (source -> target, typed, time-bounded, labelled)."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    RelationshipFields,
    RelationshipFilterFields,
    RelationshipUpdateFields,
    RelationshipWriteFields,
)

__all__ = [
    "Relationship",
    "RelationshipFilter",
    "RelationshipList",
    "RelationshipUpdate",
    "RelationshipWrite",
    "RelationshipWriteList",
]


class RelationshipWrite(RelationshipWriteFields):
    """The writable part of a relationship.

    Example:
        >>> from cognite.client.data_classes import RelationshipWrite
        >>> RelationshipWrite(external_id="r", source_external_id="a", source_type="asset",
        ...                   target_external_id="e", target_type="event").dump()["sourceType"]
        'asset'
    """


class Relationship(RelationshipFields):
    """A relationship (``source`` / ``target`` hold the resources when fetched with ``fetch_resources``).

    Example:
        >>> from cognite.client.data_classes import Relationship
        >>> Relationship(external_id="flow_1", confidence=0.1).dump()
        {'externalId': 'flow_1', 'confidence': 0.1}
    """


class RelationshipWriteList(CogniteResourceList[RelationshipWrite]):
    _RESOURCE = RelationshipWrite


class RelationshipList(WriteableCogniteResourceList[Relationship, RelationshipWriteList]):
    _RESOURCE = Relationship


class RelationshipUpdate(RelationshipUpdateFields):
    """Changes to one relationship (from the spec's ``RelationshipUpdateContent``); identified by external id."""

    def __init__(self, external_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(external_id=external_id, **kwargs)


class RelationshipFilter(RelationshipFilterFields):
    """Exact-match filter on relationships."""
