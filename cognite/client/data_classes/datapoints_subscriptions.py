"""Datapoint subscriptions: their definitions (a list of time series or a filter), updates, members, and the
batches of changes ``iterate_data`` yields."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import auto
from typing import Any, ClassVar, Literal

from cognite.client.data_classes._base import (
    CogniteResource,
    CogniteResourceList,
    WriteableCogniteResourceList,
)
from cognite.client.data_classes._properties import EnumProperty
from cognite.client.data_classes._spec import to_camel
from cognite.client.data_classes._update import CogniteUpdate, ListProperty, SingleProperty
from cognite.client.data_classes.data_modeling.ids import NodeId
from cognite.client.data_classes.datapoints import Datapoint
from cognite.client.data_classes.filters import Filter

__all__ = [
    "DataDeletion",
    "DataPointSubscriptionUpdate",
    "DataPointSubscriptionWrite",
    "DatapointSubscription",
    "DatapointSubscriptionBatch",
    "DatapointSubscriptionFilterProperties",
    "DatapointSubscriptionList",
    "DatapointSubscriptionPartition",
    "DatapointSubscriptionProperty",
    "DatapointSubscriptionWriteList",
    "DatapointsUpdate",
    "SubscriptionDatapoints",
    "SubscriptionTimeSeriesUpdate",
    "TimeSeriesID",
    "TimeSeriesIDList",
]


def _load_filter(value: Any) -> Filter:
    return value if isinstance(value, Filter) else Filter.load(value)


def _load_node_ids(values: Any) -> list[NodeId]:
    return [v if isinstance(v, NodeId) else NodeId.load(v) for v in values]


class _SubscriptionBase(CogniteResource):
    _nested: ClassVar[dict[str, Any]] = {"filter": _load_filter}

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        filter = self.__dict__.get("filter")
        out = super().dump(camel_case)
        if isinstance(filter, Filter):
            out["filter"] = filter.dump()
        return out


class DataPointSubscriptionWrite(_SubscriptionBase):
    """A subscription to create: listens to the time series named (``time_series_ids`` external ids and/or
    ``instance_ids``) or to those matching ``filter`` (exactly one of the two ways).

    Example:
        >>> from cognite.client.data_classes import DataPointSubscriptionWrite
        >>> DataPointSubscriptionWrite("sub", partition_count=1, time_series_ids=["ts1"]).dump()
        {'externalId': 'sub', 'partitionCount': 1, 'timeSeriesIds': ['ts1']}
    """

    _fields = (
        "external_id",
        "partition_count",
        "time_series_ids",
        "instance_ids",
        "filter",
        "name",
        "description",
        "data_set_id",
    )
    _nested: ClassVar[dict[str, Any]] = {"filter": _load_filter, "instance_ids": _load_node_ids}

    def __init__(
        self,
        external_id: str,
        partition_count: int,
        time_series_ids: list[str] | None = None,
        instance_ids: list[NodeId] | None = None,
        filter: Filter | None = None,
        name: str | None = None,
        description: str | None = None,
        data_set_id: int | None = None,
    ) -> None:
        if bool(time_series_ids or instance_ids) == (filter is not None):
            raise ValueError("Exactly one of time_series_ids/instance_ids or filter must be provided")
        if isinstance(partition_count, bool) or not isinstance(partition_count, int) or partition_count < 1:
            raise ValueError(f"partition_count must be a positive int, got {partition_count!r}")
        self.external_id = external_id
        self.partition_count = partition_count
        self.time_series_ids = time_series_ids
        self.instance_ids = None if instance_ids is None else _load_node_ids(instance_ids)
        self.filter = filter
        self.name = name
        self.description = description
        self.data_set_id = data_set_id
        self._cognite_client = None

    def as_write(self) -> DataPointSubscriptionWrite:
        return self


class DatapointSubscription(_SubscriptionBase):
    """A datapoint subscription as CDF returns it.

    Example:
        >>> from cognite.client.data_classes import DatapointSubscription
        >>> sub = DatapointSubscription("sub", 2, created_time=0, last_updated_time=0, time_series_count=3)
        >>> sub.as_write().partition_count
        2
    """

    _fields = (
        "external_id",
        "partition_count",
        "created_time",
        "last_updated_time",
        "time_series_count",
        "filter",
        "name",
        "description",
        "data_set_id",
    )

    def __init__(
        self,
        external_id: str,
        partition_count: int,
        created_time: int,
        last_updated_time: int,
        time_series_count: int | None = None,
        filter: Filter | None = None,
        name: str | None = None,
        description: str | None = None,
        data_set_id: int | None = None,
    ) -> None:
        self.external_id = external_id
        self.partition_count = partition_count
        self.created_time = created_time
        self.last_updated_time = last_updated_time
        self.time_series_count = time_series_count
        self.filter = filter
        self.name = name
        self.description = description
        self.data_set_id = data_set_id
        self._cognite_client = None

    def as_write(self) -> DataPointSubscriptionWrite:
        """The write form. A list-defined subscription's members are not part of the read form: list them with
        ``list_member_time_series``."""
        if self.filter is None:
            raise ValueError(
                "A subscription defined by a list of time series has no members in its read form; "
                "build a DataPointSubscriptionWrite with the members (see list_member_time_series)"
            )
        return DataPointSubscriptionWrite(
            external_id=self.external_id,
            partition_count=self.partition_count,
            filter=self.filter,
            name=self.name,
            description=self.description,
            data_set_id=self.data_set_id,
        )


class DataPointSubscriptionUpdate(CogniteUpdate):
    """Changes to a subscription (by external id); the partition count cannot change.

    Example:
        >>> from cognite.client.data_classes import DataPointSubscriptionUpdate
        >>> DataPointSubscriptionUpdate("sub").name.set("New").time_series_ids.add(["ts2"]).dump()
        {'externalId': 'sub', 'update': {'name': {'set': 'New'}, 'timeSeriesIds': {'add': ['ts2']}}}
    """

    _identifiers: ClassVar[tuple[str, ...]] = ("external_id",)
    _PATCH_KINDS: ClassVar[dict[str, str]] = {
        "name": "single",
        "description": "single",
        "data_set_id": "single",
        "time_series_ids": "list",
        "instance_ids": "list",
        "filter": "single_required",
    }

    def __init__(self, external_id: str) -> None:
        super().__init__(external_id=external_id)

    @property
    def name(self) -> SingleProperty[DataPointSubscriptionUpdate]:
        return SingleProperty(self, "name")

    @property
    def description(self) -> SingleProperty[DataPointSubscriptionUpdate]:
        return SingleProperty(self, "description")

    @property
    def data_set_id(self) -> SingleProperty[DataPointSubscriptionUpdate]:
        return SingleProperty(self, "data_set_id")

    @property
    def time_series_ids(self) -> ListProperty[DataPointSubscriptionUpdate]:
        return ListProperty(self, "time_series_ids")

    @property
    def instance_ids(self) -> ListProperty[DataPointSubscriptionUpdate]:
        return ListProperty(self, "instance_ids")

    @property
    def filter(self) -> _FilterProperty:
        return _FilterProperty(self, "filter")


class _FilterProperty(SingleProperty[DataPointSubscriptionUpdate]):
    def set(self, value: Any) -> DataPointSubscriptionUpdate:
        """Replace the filter of a filter-defined subscription."""
        return self._op("set", value.dump() if isinstance(value, Filter) else value)


class TimeSeriesID(CogniteResource):
    """A member time series of a subscription: ``id`` is None while the external id names no series.

    Example:
        >>> from cognite.client.data_classes.datapoints_subscriptions import TimeSeriesID
        >>> TimeSeriesID(external_id="ts1").is_resolved
        False
    """

    _fields = ("id", "external_id", "instance_id")
    _nested: ClassVar[dict[str, Any]] = {"instance_id": lambda v: v if isinstance(v, NodeId) else NodeId.load(v)}

    def __init__(
        self, id: int | None = None, external_id: str | None = None, instance_id: NodeId | None = None
    ) -> None:
        self.id = id
        self.external_id = external_id
        self.instance_id = instance_id
        self._cognite_client = None

    @property
    def is_resolved(self) -> bool:
        """Whether this member names an existing time series."""
        return self.id is not None


class TimeSeriesIDList(CogniteResourceList[TimeSeriesID]):
    _RESOURCE = TimeSeriesID


@dataclass
class DataDeletion:
    """A deleted time range: ``inclusive_begin`` <= t < ``exclusive_end``."""

    inclusive_begin: int
    exclusive_end: int | None

    @classmethod
    def load(cls, data: dict[str, Any]) -> DataDeletion:
        return cls(inclusive_begin=data["inclusiveBegin"], exclusive_end=data.get("exclusiveEnd"))

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {("inclusiveBegin" if camel_case else "inclusive_begin"): self.inclusive_begin}
        if self.exclusive_end is not None:
            out["exclusiveEnd" if camel_case else "exclusive_end"] = self.exclusive_end
        return out


class SubscriptionDatapoints(CogniteResource):
    """The datapoints one update upserted into one time series (columns: ``timestamp``, ``value``, statuses).

    Example:
        >>> from cognite.client.data_classes.datapoints_subscriptions import SubscriptionDatapoints
        >>> dps = SubscriptionDatapoints(1, False, "numeric", timestamp=[1, 2], value=[1.0, 2.0])
        >>> [dp.value for dp in dps]
        [1.0, 2.0]
    """

    _fields = (
        "id",
        "is_string",
        "type",
        "timestamp",
        "external_id",
        "instance_id",
        "status_code",
        "status_symbol",
    )

    def __init__(
        self,
        id: int,
        is_string: bool,
        type: Literal["numeric", "string", "state"],
        timestamp: list[int],
        value: list[str] | list[float] | None,
        external_id: str | None = None,
        instance_id: NodeId | None = None,
        status_code: list[int] | None = None,
        status_symbol: list[str] | None = None,
        numeric_states: list[int] | None = None,
        string_states: list[str | None] | None = None,
    ) -> None:
        self.id = id
        self.is_string = is_string
        self.type = type
        self.timestamp = timestamp
        self._value = value
        self.external_id = external_id
        self.instance_id = instance_id
        self.status_code = status_code
        self.status_symbol = status_symbol
        self._numeric_states = numeric_states
        self._string_states = string_states
        self._cognite_client = None

    @property
    def is_state(self) -> bool:
        """Whether the series is a state time series (values in ``numeric_states`` / ``string_states``)."""
        return self.type == "state"

    @property
    def value(self) -> list[str] | list[float] | None:
        if self.is_state:
            raise ValueError("'value' is not set for state time series: use 'numeric_states' / 'string_states'")
        return self._value

    @property
    def numeric_states(self) -> list[int] | None:
        if not self.is_state:
            raise ValueError("'numeric_states' is only set for state time series: use 'value'")
        return self._numeric_states

    @property
    def string_states(self) -> list[str | None] | None:
        if not self.is_state:
            raise ValueError("'string_states' is only set for state time series: use 'value'")
        return self._string_states

    @classmethod
    def _load_update(cls, data: dict[str, Any], include_status: bool, ignore_bad_datapoints: bool) -> Any:
        series, points = data["timeSeries"], data.get("upserts") or []
        is_state = series.get("type") == "state"
        codes = symbols = None
        if include_status:
            statuses = [p.get("status") or {} for p in points]
            codes = [int(s.get("code", 0)) for s in statuses]
            symbols = [s.get("symbol", "Good" if not s.get("code") else "") for s in statuses]
        return cls(
            id=series["id"],
            is_string=bool(series.get("isString")),
            type=series.get("type", "string" if series.get("isString") else "numeric"),
            timestamp=[p["timestamp"] for p in points],
            value=None if is_state else [p.get("value", float("nan")) for p in points],
            external_id=series.get("externalId"),
            instance_id=NodeId.load(series["instanceId"]) if series.get("instanceId") else None,
            status_code=codes,
            status_symbol=symbols,
            numeric_states=[p.get("numericValue") for p in points] if is_state else None,
            string_states=[p.get("stringValue") for p in points] if is_state else None,
        )

    def __iter__(self) -> Iterator[Datapoint]:  # type: ignore[override]
        for i, ts in enumerate(self.timestamp):
            args: dict[str, Any] = {"timestamp": ts}
            if self._value is not None:
                args["value"] = self._value[i]
            if self.status_code is not None and self.status_symbol is not None:
                args["status_code"], args["status_symbol"] = self.status_code[i], self.status_symbol[i]
            yield Datapoint(**args)

    def __len__(self) -> int:
        return len(self.timestamp)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        for name in ("value", "numeric_states", "string_states"):
            value = self.__dict__.get("_" + name)
            if value is not None:
                out[to_camel(name) if camel_case else name] = value
        return out


@dataclass
class DatapointsUpdate:
    """What one ingestion did to one member series: upserted points and deleted ranges."""

    time_series: TimeSeriesID
    upserts: SubscriptionDatapoints
    deletes: list[DataDeletion]

    @classmethod
    def load(
        cls, data: dict[str, Any], include_status: bool = False, ignore_bad_datapoints: bool = True
    ) -> DatapointsUpdate:
        return cls(
            time_series=TimeSeriesID._load(data["timeSeries"]),
            upserts=SubscriptionDatapoints._load_update(data, include_status, ignore_bad_datapoints),
            deletes=[DataDeletion.load(d) for d in data.get("deletes") or []],
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {
            ("timeSeries" if camel_case else "time_series"): self.time_series.dump(camel_case),
            "upserts": self.upserts.dump(camel_case),
            "deletes": [d.dump(camel_case) for d in self.deletes],
        }


@dataclass
class SubscriptionTimeSeriesUpdate:
    """The series that joined (``added``) or left (``removed``) the subscription."""

    added: list[TimeSeriesID]
    removed: list[TimeSeriesID]

    @classmethod
    def load(cls, data: dict[str, Any]) -> SubscriptionTimeSeriesUpdate:
        return cls(
            added=[TimeSeriesID._load(t) for t in data.get("added", [])],
            removed=[TimeSeriesID._load(t) for t in data.get("removed", [])],
        )

    def dump(self, camel_case: bool = True) -> dict[str, list[dict[str, Any]]]:
        return {
            "added": [t.dump(camel_case) for t in self.added],
            "removed": [t.dump(camel_case) for t in self.removed],
        }


@dataclass
class DatapointSubscriptionPartition:
    """A partition of a subscription and the cursor to read it from."""

    index: int
    cursor: str | None = None

    @classmethod
    def load(cls, data: dict[str, Any]) -> DatapointSubscriptionPartition:
        return cls(index=data["index"], cursor=data.get("nextCursor") or data.get("cursor"))

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"index": self.index}
        if self.cursor is not None:
            out["cursor"] = self.cursor
        return out


@dataclass(frozen=True)
class DatapointSubscriptionBatch:
    """One batch of ``iterate_data``: the updates, the membership changes, whether more is waiting, and the cursor
    to go on from."""

    updates: list[DatapointsUpdate]
    subscription_changes: SubscriptionTimeSeriesUpdate
    has_next: bool
    cursor: str


class DatapointSubscriptionWriteList(CogniteResourceList[DataPointSubscriptionWrite]):
    _RESOURCE = DataPointSubscriptionWrite


class DatapointSubscriptionList(WriteableCogniteResourceList[DatapointSubscription, DatapointSubscriptionWriteList]):
    _RESOURCE = DatapointSubscription


class DatapointSubscriptionProperty(EnumProperty):
    """Time series properties a subscription filter can use."""

    description = auto()
    external_id = auto()
    name = auto()  # type: ignore[assignment]
    unit = auto()
    unit_external_id = auto()
    unit_quantity = auto()
    asset_id = auto()
    asset_root_id = auto()
    created_time = auto()
    data_set_id = auto()
    id = auto()
    last_updated_time = auto()
    is_step = auto()
    is_string = auto()

    @staticmethod
    def metadata_key(key: str) -> list[str]:
        return ["metadata", key]


DatapointSubscriptionFilterProperties = DatapointSubscriptionProperty
