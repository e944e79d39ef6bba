"""Relationships between resources (source -> target, typed, time-bounded, labelled)."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import CogniteFilter, CogniteResource, CogniteResourceList, load_one
from cognite.client.data_classes._update import CogniteUpdate
from cognite.client.data_classes.labels import LabelFilter, load_labels
from cognite.client.data_classes.shared import TimestampRange

__all__ = ["Relationship", "RelationshipFilter", "RelationshipList", "RelationshipUpdate", "RelationshipWrite"]


class RelationshipWrite(CogniteResource):
    """The writable part of a relationship.

    Example:
        >>> from cognite.client.data_classes import RelationshipWrite
        >>> RelationshipWrite(external_id="r", source_external_id="a", source_type="asset",
        ...                   target_external_id="e", target_type="event").dump()["sourceType"]
        'asset'
    """

    _write_model = "Relationship"
    _nested = {"labels": load_labels}


class Relationship(CogniteResource):
    """A relationship (``source`` / ``target`` hold the resources when fetched with ``fetch_resources``).

    Example:
        >>> from cognite.client.data_classes import Relationship
        >>> Relationship(external_id="flow_1", confidence=0.1).dump()
        {'externalId': 'flow_1', 'confidence': 0.1}
    """

    _read_model = "RelationshipResponse"
    _write_model = "Relationship"
    _write_class = RelationshipWrite
    _fields = ("source", "target")
    _nested = {"labels": load_labels}


class RelationshipList(CogniteResourceList[Relationship]):
    _RESOURCE = Relationship


class RelationshipUpdate(CogniteUpdate):
    """Changes to one relationship (from the spec's ``RelationshipUpdateContent``); identified by external id."""

    _patch_model = "RelationshipUpdateContent"
    _identifiers = ("external_id",)

    def __init__(self, external_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(external_id=external_id, **kwargs)


class RelationshipFilter(CogniteFilter):
    """Exact-match filter on relationships."""

    _read_model = "RelationshipsAdvancedListRequest.filter"
    _nested = {
        "labels": LabelFilter._load,
        "start_time": load_one(TimestampRange),
        "end_time": load_one(TimestampRange),
        "created_time": load_one(TimestampRange),
        "last_updated_time": load_one(TimestampRange),
        "active_at_time": load_one(TimestampRange),
    }
