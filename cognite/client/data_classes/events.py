"""Events: something that happened over a time interval (a failure, a work order, ...)."""

from __future__ import annotations

from cognite.client.data_classes._base import (
    CogniteFilter,
    CogniteObject,
    CogniteResource,
    CogniteResourceList,
    load_one,
)
from cognite.client.data_classes._update import CogniteUpdate
from cognite.client.data_classes.shared import TimestampRange

__all__ = ["EndTimeFilter", "Event", "EventFilter", "EventList", "EventUpdate", "EventWrite"]


class EventWrite(CogniteResource):
    """The writable part of an event.

    Example:
        >>> from cognite.client.data_classes import EventWrite
        >>> EventWrite(start_time=0, end_time=1, type="alarm").dump()
        {'startTime': 0, 'endTime': 1, 'type': 'alarm'}
    """

    _write_model = "ExternalEvent"


class Event(CogniteResource):
    """An event; fields come from the spec's ``Event`` schema.

    Example:
        >>> from cognite.client.data_classes import Event
        >>> Event(start_time=0, end_time=1).dump()
        {'startTime': 0, 'endTime': 1}
    """

    _read_model = "Event"
    _write_model = "ExternalEvent"
    _write_class = EventWrite


class EventList(CogniteResourceList[Event]):
    _RESOURCE = Event


class EventUpdate(CogniteUpdate):
    """Changes to one event (from the spec's ``EventPatch``).

    Example:
        >>> from cognite.client.data_classes import EventUpdate
        >>> EventUpdate(id=1).asset_ids.add([2]).dump()
        {'id': 1, 'update': {'assetIds': {'add': [2]}}}
    """

    _patch_model = "EventPatch"


class EndTimeFilter(CogniteObject):
    """Range on end time; ``is_null=True`` matches events without end time."""

    _read_model = "EpochTimestampRange"
    _fields = ("is_null",)


class EventFilter(CogniteFilter):
    """Exact-match filter on events.

    Example:
        >>> from cognite.client.data_classes import EventFilter
        >>> EventFilter(type="failure", start_time={"max": 10}).dump()
        {'startTime': {'max': 10}, 'type': 'failure'}
    """

    _read_model = "EventFilter"
    _nested = {
        "start_time": load_one(TimestampRange),
        "end_time": load_one(EndTimeFilter),
        "active_at_time": load_one(TimestampRange),
        "created_time": load_one(TimestampRange),
        "last_updated_time": load_one(TimestampRange),
    }


# -- properties and sort keys of the list / aggregate calls (the official SDK's names) ----------------------------
from enum import auto  # noqa: E402
from typing import Literal, TypeAlias  # noqa: E402

from cognite.client.data_classes._properties import CogniteSort, EnumProperty  # noqa: E402


class EventProperty(EnumProperty):
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

    @staticmethod
    def metadata_key(key: str) -> list[str]:
        return ["metadata", key]


EventPropertyLike: TypeAlias = "EventProperty | str | list[str]"


class SortableEventProperty(EnumProperty):
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

    @staticmethod
    def metadata_key(key: str) -> list[str]:
        return ["metadata", key]


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
