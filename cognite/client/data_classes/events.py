"""Events: something that happened over a time interval (a failure, a work order, ...)."""

from __future__ import annotations

from enum import auto
from typing import Literal, TypeAlias

from cognite.client.data_classes._base import (
    CogniteResourceList,
    WriteableCogniteResourceList,
)
from cognite.client.data_classes._generated import (
    EndTimeFilterFields,
    EventFields,
    EventFilterFields,
    EventUpdateFields,
    EventWriteFields,
)
from cognite.client.data_classes._properties import CogniteSort, MetadataProperty

__all__ = ["EndTimeFilter", "Event", "EventFilter", "EventList", "EventUpdate", "EventWrite", "EventWriteList"]


class EventWrite(EventWriteFields):
    """The writable part of an event.

    Example:
        >>> from cognite.client.data_classes import EventWrite
        >>> EventWrite(start_time=0, end_time=1, type="alarm").dump()
        {'startTime': 0, 'endTime': 1, 'type': 'alarm'}
    """


class Event(EventFields):
    """An event; fields come from the spec's ``Event`` schema.

    Example:
        >>> from cognite.client.data_classes import Event
        >>> Event(start_time=0, end_time=1).dump()
        {'startTime': 0, 'endTime': 1}
    """


class EventWriteList(CogniteResourceList[EventWrite]):
    _RESOURCE = EventWrite


class EventList(WriteableCogniteResourceList[Event, EventWriteList]):
    _RESOURCE = Event


class EventUpdate(EventUpdateFields):
    """Changes to one event (from the spec's ``EventPatch``).

    Example:
        >>> from cognite.client.data_classes import EventUpdate
        >>> EventUpdate(id=1).asset_ids.add([2]).dump()
        {'id': 1, 'update': {'assetIds': {'add': [2]}}}
    """


class EndTimeFilter(EndTimeFilterFields):
    """Range on end time; ``is_null=True`` matches events without end time."""


class EventFilter(EventFilterFields):
    """Exact-match filter on events.

    Example:
        >>> from cognite.client.data_classes import EventFilter
        >>> EventFilter(type="failure", start_time={"max": 10}).dump()
        {'startTime': {'max': 10}, 'type': 'failure'}
    """


# -- properties and sort keys of the list / aggregate calls (the official SDK's names) ----------------------------


class EventProperty(MetadataProperty):
    asset_ids = auto()
    created_time = auto()
    data_set_id = auto()
    end_time = auto()
    id = auto()
    last_updated_time = auto()
    start_time = auto()
    description = auto()
    external_id = auto()
    metadata = auto()
    source = auto()
    subtype = auto()
    type = auto()


EventPropertyLike: TypeAlias = "EventProperty | str | list[str]"


class SortableEventProperty(MetadataProperty):
    created_time = auto()
    data_set_id = auto()
    description = auto()
    end_time = auto()
    external_id = auto()
    last_updated_time = auto()
    source = auto()
    start_time = auto()
    subtype = auto()
    type = auto()
    score = "_score_"


SortableEventPropertyLike: TypeAlias = "SortableEventProperty | str | list[str]"


class EventSort(CogniteSort):
    """One sort key of ``client.events.list(sort=...)``.

    Example:
        >>> from cognite.client.data_classes.events import EventSort
        >>> EventSort("start_time", "desc").dump()
        {'property': ['startTime'], 'order': 'desc', 'nulls': 'auto'}
    """

    def __init__(
        self,
        property: SortableEventPropertyLike,
        order: Literal["asc", "desc"] = "asc",
        nulls: Literal["auto", "first", "last"] = "auto",
    ) -> None:
        super().__init__(property, order, nulls)
