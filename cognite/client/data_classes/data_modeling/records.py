"""Records (``client.data_modeling.records``): property data in record containers, stored in a stream.

Example:
    >>> from cognite.client.data_classes.data_modeling.records import RecordContainerId, RecordSource, RecordWrite
    >>> RecordWrite("sp", "r1", [RecordSource(RecordContainerId("sp", "Reading"), {"value": 1.5})]).dump()
    {'space': 'sp', 'externalId': 'r1', 'sources': [{'source': {'space': 'sp', 'externalId': 'Reading', 'type': 'container'}, 'properties': {'value': 1.5}}]}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, TypeAlias, Union

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList, load_list
from cognite.client.data_classes.data_modeling.aggregates import Result
from cognite.client.data_classes.data_modeling.ids import ContainerId, ViewId
from cognite.client.data_classes.data_modeling.instances import TypeInformation
from cognite.client.utils.useful_types import SequenceNotStr

__all__ = [
    "Record",
    "RecordContainerId",
    "RecordId",
    "RecordList",
    "RecordSource",
    "RecordSourceSelector",
    "RecordTargetUnit",
    "RecordTargetUnits",
    "RecordViewId",
    "RecordWrite",
    "RecordWriteList",
    "RecordsAggregation",
    "SyncRecord",
    "SyncRecordList",
    "TimeRange",
]

RecordProperties: TypeAlias = "dict[str, dict[str, dict[str, Any]]]"  # space -> container -> property -> value


@dataclass(frozen=True)
class RecordId:
    """A record's identifier: its space and external id.

    Example:
        >>> RecordId("sp", "r1").dump()
        {'space': 'sp', 'externalId': 'r1'}
    """

    space: str
    external_id: str

    def dump(self, camel_case: bool = True) -> dict[str, str]:
        return {"space": self.space, ("externalId" if camel_case else "external_id"): self.external_id}


@dataclass(frozen=True)
class RecordContainerId(ContainerId):
    """A record container: a container with ``usedFor="record"``."""


@dataclass(frozen=True)
class RecordViewId(ViewId):
    """A view over record containers."""


RecordSourceIdentifier: TypeAlias = Union[RecordContainerId, RecordViewId, ContainerId, ViewId]


def _source(raw: Any) -> RecordSourceIdentifier:
    if isinstance(raw, (ContainerId, ViewId)):
        return raw
    if isinstance(raw, dict) and raw.get("type") == "view":
        return RecordViewId.load(raw)
    return RecordContainerId.load(raw)


class RecordSource(CogniteResource):
    """Property values of a record in one container (or view)."""

    _fields = _positional = ("source", "properties")
    _nested = {"source": _source}
    source: RecordSourceIdentifier
    properties: dict[str, Any]


class RecordWrite(CogniteResource):
    """A record to ingest or upsert."""

    _fields = _positional = ("space", "external_id", "sources")
    _nested = {"sources": load_list(RecordSource)}
    space: str
    external_id: str
    sources: list[RecordSource]

    def as_id(self) -> RecordId:
        return RecordId(self.space, self.external_id)

    def as_write(self) -> RecordWrite:
        return self


class RecordWriteList(CogniteResourceList[RecordWrite]):
    """Records to ingest or upsert."""

    _RESOURCE = RecordWrite

    def as_ids(self) -> list[RecordId]:  # type: ignore[override]
        return [r.as_id() for r in self]


class Record(CogniteResource):
    """A record as CDF returns it: ``properties`` is {space: {container: {property: value}}}."""

    _fields: ClassVar[tuple[str, ...]] = ("space", "external_id", "created_time", "last_updated_time", "properties")
    _positional: ClassVar[tuple[str, ...]] = _fields
    space: str
    external_id: str
    created_time: int
    last_updated_time: int
    properties: RecordProperties | None

    def as_id(self) -> RecordId:
        return RecordId(self.space, self.external_id)

    def as_write(self) -> RecordWrite:
        """The record to write again: one source per container it has data in."""
        sources = [
            RecordSource(RecordContainerId(space, container), dict(values))
            for space, containers in (self.properties or {}).items()
            for container, values in containers.items()
        ]
        return RecordWrite(self.space, self.external_id, sources)


class RecordList(CogniteResourceList[Record]):
    """Records (``typing``: the property types, when asked for)."""

    _RESOURCE = Record

    def __init__(
        self, resources: Iterable[Record] = (), typing: TypeInformation | None = None, cognite_client: Any = None
    ) -> None:
        super().__init__(resources, cognite_client)
        self.typing = typing

    def as_ids(self) -> list[RecordId]:  # type: ignore[override]
        return [r.as_id() for r in self]

    def as_write(self) -> RecordWriteList:  # type: ignore[override]
        return RecordWriteList([r.as_write() for r in self])


class SyncRecord(Record):
    """A change of the sync feed: the record and its ``status`` (deleted ones have no properties)."""

    _fields = ("space", "external_id", "created_time", "last_updated_time", "status", "properties")
    _positional = _fields
    status: Literal["created", "updated", "deleted"]


class SyncRecordList(CogniteResourceList[SyncRecord]):
    """One chunk of the sync feed: ``cursor`` resumes after it, ``has_next`` tells whether more changes wait."""

    _RESOURCE = SyncRecord

    def __init__(
        self,
        resources: Iterable[SyncRecord] = (),
        cursor: str | None = None,
        has_next: bool = False,
        typing: TypeInformation | None = None,
        cognite_client: Any = None,
    ) -> None:
        super().__init__(resources, cognite_client)
        self.cursor = cursor
        self.has_next = has_next
        self.typing = typing


class TimeRange(CogniteResource):
    """A range of ``lastUpdatedTime`` (epoch ms or strings such as ``"2d-ago"``).

    Example:
        >>> TimeRange(gt=1705341600000).dump()
        {'gt': 1705341600000}
    """

    _fields = ("gte", "gt", "lte", "lt")
    _positional = _fields
    gte: int | str | None
    gt: int | str | None
    lte: int | str | None
    lt: int | str | None


class RecordSourceSelector(CogniteResource):
    """The properties of a container (or view) to return (``["*"]``: all of them)."""

    _fields = _positional = ("source", "properties")
    _nested = {"source": _source}
    source: RecordSourceIdentifier
    properties: SequenceNotStr[str]

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"source": self.source._wire(camel_case), "properties": list(self.properties)}


class RecordTargetUnit(CogniteResource):
    """The unit to convert one property's values to."""

    _fields = _positional = ("property", "unit")
    property: Sequence[str]
    unit: dict[str, Any]


class RecordTargetUnits(CogniteResource):
    """Units to convert values to: per property, or a unit system."""

    _fields = _positional = ("properties", "unit_system_name")
    _nested = {"properties": load_list(RecordTargetUnit)}
    properties: list[RecordTargetUnit] | None
    unit_system_name: str | None


class RecordsAggregation(CogniteResource):
    """The answer of ``records.aggregate``: each aggregate's result by its identifier."""

    _fields = _positional = ("aggregates", "typing")
    _nested = {
        "aggregates": lambda raw: {k: v if isinstance(v, Result) else Result._load(v) for k, v in raw.items()},
        "typing": TypeInformation,
    }
    aggregates: dict[str, Result]
    typing: TypeInformation | None
