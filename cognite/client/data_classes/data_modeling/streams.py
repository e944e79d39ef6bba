"""Streams (``client.data_modeling.streams``): where records are stored, created from a template.

Example:
    >>> from cognite.client.data_classes.data_modeling.streams import StreamTemplate, StreamWrite, StreamWriteSettings
    >>> StreamWrite("my-stream", StreamWriteSettings(StreamTemplate("ImmutableTestStream"))).dump()
    {'externalId': 'my-stream', 'settings': {'template': {'name': 'ImmutableTestStream'}}}
"""

from __future__ import annotations

from typing import Literal

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList, load_one

__all__ = [
    "Stream",
    "StreamLifecycleSettings",
    "StreamLimit",
    "StreamLimitSettings",
    "StreamList",
    "StreamSettings",
    "StreamTemplate",
    "StreamWrite",
    "StreamWriteSettings",
]


class StreamLimit(CogniteResource):
    """A limit of a stream: what is provisioned and (with statistics) what is consumed."""

    _fields = _positional = ("provisioned", "consumed")
    provisioned: float
    consumed: float | None


class StreamLifecycleSettings(CogniteResource):
    """How long a stream's data lives (ISO 8601 durations)."""

    _fields = _positional = ("retained_after_soft_delete", "data_deleted_after")
    retained_after_soft_delete: str
    data_deleted_after: str | None


class StreamLimitSettings(CogniteResource):
    """A stream's limits."""

    _fields = _positional = ("max_records_total", "max_giga_bytes_total", "max_filtering_interval")
    _nested = {"max_records_total": load_one(StreamLimit), "max_giga_bytes_total": load_one(StreamLimit)}
    max_records_total: StreamLimit
    max_giga_bytes_total: StreamLimit
    max_filtering_interval: str | None


class StreamSettings(CogniteResource):
    """A stream's lifecycle and limits (fixed by its template)."""

    _fields = _positional = ("lifecycle", "limits")
    _nested = {"lifecycle": load_one(StreamLifecycleSettings), "limits": load_one(StreamLimitSettings)}
    lifecycle: StreamLifecycleSettings
    limits: StreamLimitSettings


class StreamTemplate(CogniteResource):
    """The template a stream is created from, by name (e.g. ``ImmutableTestStream``, ``BasicLiveData``)."""

    _fields = _positional = ("name",)
    name: str


class StreamWriteSettings(CogniteResource):
    """The settings of a stream to create: its template."""

    _fields = _positional = ("template",)
    _nested = {"template": load_one(StreamTemplate)}
    template: StreamTemplate


class StreamWrite(CogniteResource):
    """A stream to create."""

    _fields = _positional = ("external_id", "settings")
    _nested = {"settings": load_one(StreamWriteSettings)}
    external_id: str
    settings: StreamWriteSettings

    def as_write(self) -> StreamWrite:
        return self


class Stream(CogniteResource):
    """A stream as CDF returns it.

    Example:
        >>> from cognite.client.data_classes.data_modeling.streams import Stream
        >>> s = Stream._load({"externalId": "s", "createdTime": 1, "createdFromTemplate": "BasicLiveData",
        ...     "type": "Mutable", "settings": {"lifecycle": {"retainedAfterSoftDelete": "P6W"},
        ...     "limits": {"maxRecordsTotal": {"provisioned": 10}, "maxGigaBytesTotal": {"provisioned": 1}}}})
        >>> s.settings.limits.max_records_total.provisioned, s.as_write().settings.template.name
        (10, 'BasicLiveData')
    """

    _fields = _positional = ("external_id", "created_time", "created_from_template", "type", "settings")
    _nested = {"settings": load_one(StreamSettings)}
    external_id: str
    created_time: int
    created_from_template: str
    type: Literal["Immutable", "Mutable"]
    settings: StreamSettings

    def as_write(self) -> StreamWrite:
        """The stream to create again (from the same template)."""
        return StreamWrite(self.external_id, StreamWriteSettings(StreamTemplate(self.created_from_template)))


class StreamList(CogniteResourceList[Stream]):
    """Streams."""

    _RESOURCE = Stream
