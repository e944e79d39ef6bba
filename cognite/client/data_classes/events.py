"""Events: something that happened over a time interval (a failure, a work order, ...)."""

from __future__ import annotations

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
