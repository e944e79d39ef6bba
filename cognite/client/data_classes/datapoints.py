"""Datapoint data classes: columnar results (numpy arrays or Python lists), queries, and pandas / matplotlib views.

`DatapointsArray` holds numpy arrays (`timestamp` is datetime64[ns]); `Datapoints` holds Python lists
(`timestamp` in epoch ms) and is made from the arrays in one C-level `tolist()` per column.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, MutableSequence, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, get_args, overload

from cognite.client._datapoints.aggregates import to_camel, to_snake
from cognite.client._datapoints.types import Aggregate

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pandas as pd
    from matplotlib.axes import Axes
    from typing_extensions import Self

    from cognite.client._datapoints.fetch import SeriesResult
    from cognite.client.data_classes.data_modeling import NodeId

ALL_SORTED_AGGREGATES: tuple[str, ...] = get_args(Aggregate)  # the official Aggregate literal, sorted
_INT_AGGS = {
    "count",
    "count_bad",
    "count_good",
    "count_uncertain",
    "duration_bad",
    "duration_good",
    "duration_uncertain",
}
_META = ("id", "external_id", "instance_id", "is_string", "is_step", "unit", "unit_external_id", "granularity")


class StatusCode:
    """The three status code categories CDF uses (a code's two top bits).

    >>> StatusCode.Bad
    2147483648
    """

    Good = 0
    Uncertain = 0x40000000
    Bad = 0x80000000


def _node_id(value: Any) -> NodeId | None:
    """A series' instance id as the official SDK hands it out: a NodeId (given one, a wire dict or a 2-tuple)."""
    if value is None:
        return None
    from cognite.client.data_classes.data_modeling.ids import NodeId

    return NodeId.load(value)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - optional extra
        raise ImportError("pandas is required for this method: pip install 'cognite-sdk-fast[pandas]'") from e
    return pandas


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError as e:  # pragma: no cover - optional extra
        raise ImportError("plot() needs matplotlib: pip install 'cognite-sdk-fast[plot]'") from e
    return plt


class Datapoint:
    """One datapoint (raw value or aggregates) at `timestamp` (epoch ms).

    >>> Datapoint(timestamp=1000, value=2.5).dump()
    {'timestamp': 1000, 'value': 2.5}
    """

    # Typed for users (an aggregate not fetched is missing, read as None by dump).
    average: float | None
    continuous_variance: float | None
    discrete_variance: float | None
    interpolation: float | None
    max: float | None
    min: float | None
    step_interpolation: float | None
    sum: float | None
    total_variation: float | None
    count: int | None
    count_bad: int | None
    count_good: int | None
    count_uncertain: int | None
    duration_bad: int | None
    duration_good: int | None
    duration_uncertain: int | None
    max_datapoint: dict[str, Any] | None
    min_datapoint: dict[str, Any] | None

    def __init__(
        self,
        timestamp: int | None = None,
        value: str | float | None = None,
        status_code: int | None = None,
        status_symbol: str | None = None,
        timezone: Any = None,
        **aggregates: Any,
    ) -> None:
        self.timestamp = timestamp
        self.value = value
        self.status_code = status_code
        self.status_symbol = status_symbol
        self.timezone = timezone
        for k, v in aggregates.items():
            name = to_snake(k)
            if name not in ALL_SORTED_AGGREGATES:
                raise TypeError(f"Datapoint got an unexpected keyword argument {k!r}")
            setattr(self, name, v)

    def dump(self, camel_case: bool = True, include_timezone: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in vars(self).items():
            if v is None or k == "timezone":
                continue
            if k in ("status_code", "status_symbol"):
                out.setdefault("status", {})["code" if k == "status_code" else "symbol"] = v
                continue
            out[to_camel(k) if camel_case else k] = v
        return out

    def to_pandas(self, camel_case: bool = False) -> pd.DataFrame:
        """A one-row DataFrame indexed by the timestamp.

        >>> Datapoint(timestamp=0, value=1.0).to_pandas().iloc[0, 0]
        np.float64(1.0)
        """
        pd = _pandas()
        d = self.dump(camel_case=camel_case)
        ts = d.pop("timestamp")
        d.pop("status", None)
        return pd.DataFrame(d, index=pd.to_datetime([ts], unit="ms"))

    def __repr__(self) -> str:
        return f"Datapoint({', '.join(f'{k}={v!r}' for k, v in self.dump(camel_case=False).items())})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Datapoint) and self.dump() == other.dump()


class _DatapointsBase:
    """Shared metadata and views of `Datapoints` (lists) and `DatapointsArray` (numpy)."""

    id: int | None
    external_id: str | None
    instance_id: NodeId | None
    is_string: bool | None
    is_step: bool | None
    unit: str | None
    unit_external_id: str | None
    granularity: str | None
    timestamp: Any
    value: Any
    status_code: Any
    status_symbol: Any

    def _aggregate_names(self) -> list[str]:
        return [a for a in ALL_SORTED_AGGREGATES if getattr(self, a, None) is not None]

    def _column_base(self, column_names: str) -> str | NodeId:
        """The series' column label: its external id, else (as the official SDK) its NodeId, else its id; or the
        one `column_names` asks for."""
        name = to_snake(column_names.replace("Id", "_id")) if column_names else "external_id"
        if name not in ("id", "external_id", "instance_id"):
            raise ValueError(f"column_names must be 'external_id', 'id' or 'instance_id', got {column_names!r}")
        if name == "instance_id" and self.instance_id is not None:
            return self.instance_id
        if name in ("external_id", "instance_id") and self.external_id is not None:
            return str(self.external_id)
        if name == "external_id" and self.instance_id is not None:
            return self.instance_id
        return str(self.id)

    def _columns(
        self,
        column_names: str,
        include_aggregate_name: bool,
        include_granularity_name: bool,
        include_status: bool,
        include_unit: bool = False,
    ) -> dict[Any, Any]:
        """Column label -> array: `<xid>|<unit>|<aggregate>|<granularity>` text, or for a series named by its NodeId
        the NodeId itself, and (NodeId, <aggregate>, ...) tuples (the official SDK's column MultiIndex keys)."""
        import numpy as np

        base = self._column_base(column_names)
        head = (self.unit_external_id,) if include_unit and self.unit_external_id else ()
        cols: dict[Any, Any] = {}
        aggs = self._aggregate_names()
        if not aggs:
            cols[_label(base, *head)] = np.asarray(self.value, dtype=object if self.is_string else np.float64)
        granularity = (self.granularity,) if include_granularity_name and self.granularity else ()
        for a in aggs:
            name = (a,) if include_aggregate_name else ()
            cols[_label(base, *head, *name, *granularity)] = np.asarray(getattr(self, a))
        if include_status and self.status_code is not None and not aggs:
            cols[_label(base, *head, "status_code")] = np.asarray(self.status_code)
        return cols

    def _index(self) -> Any:
        import numpy as np

        pd = _pandas()
        ts = np.asarray(self.timestamp)
        if ts.dtype.kind != "M":
            ts = np.asarray(ts, dtype=np.int64).astype("datetime64[ms]").astype("datetime64[ns]")
        return pd.DatetimeIndex(ts)

    def to_pandas(
        self,
        include_aggregate_name: bool = True,
        include_granularity_name: bool = False,
        include_unit: bool = True,
        include_status: bool = True,
        include_numeric_states: bool = True,
        include_string_states: bool = True,
        expand_state_aggregates: bool = True,
        *,
        column_names: str = "external_id",
    ) -> pd.DataFrame:
        """A DataFrame indexed by timestamp; one column per aggregate (`<xid>|<aggregate>`) or the value.

        `include_unit` adds the unit external id (`<xid>|<unit>`) when the series has one; the state options are
        accepted for compatibility (no state time series here); `column_names` ("external_id", "id" or
        "instance_id") is not in the official SDK.

        Example:
            >>> from cognite.client.data_classes.datapoints import Datapoints
            >>> Datapoints(external_id="a", timestamp=[0, 1000], value=[1.0, 2.0]).to_pandas().columns.tolist()
            ['a']
        """
        pd = _pandas()
        cols = self._columns(
            column_names, include_aggregate_name, include_granularity_name, include_status, include_unit
        )
        return pd.DataFrame(cols, index=self._index(), copy=False)

    def plot(self, *args: Any, **kwargs: Any) -> Axes:
        """Plot with matplotlib (via pandas); arguments go to `DataFrame.plot`.

        Example:
            >>> dps.plot()  # doctest: +SKIP
        """
        _pyplot()
        axes: Axes = self.to_pandas().plot(*args, **kwargs)
        return axes

    def _meta_dump(self, camel_case: bool) -> dict[str, Any]:
        out = {}
        for k in _META:
            v = getattr(self, k, None)
            if v is not None:
                out[to_camel(k) if camel_case else k] = v
        if self.instance_id is not None:
            out["instanceId" if camel_case else "instance_id"] = self.instance_id.dump(camel_case, False)
        return out

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        raise NotImplementedError

    def __str__(self) -> str:
        return json.dumps(self.dump(camel_case=False), indent=2, default=str)


def _label(base: str | NodeId, *parts: str) -> Any:
    """A column label: text joined by "|" for an external id or id, a tuple after a NodeId (or the NodeId alone)."""
    if not parts:
        return base
    return "|".join((base, *parts)) if isinstance(base, str) else (base, *parts)


def _get(obj: Any, key: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(key, obj.get(to_camel(key)))
    return getattr(obj, key, None)


class DatapointsArray(_DatapointsBase):
    """Datapoints of one series as numpy arrays: `timestamp` (datetime64[ns]), `value` or one array per aggregate.

    Example:
        >>> import numpy as np
        >>> arr = DatapointsArray(id=1, timestamp=np.array([0, 10**6], "datetime64[ns]"), value=np.array([1.0, 2.0]))
        >>> len(arr), arr[1].value
        (2, 2.0)
    """

    # Typed for users (set in __init__; an aggregate not fetched is missing, read as None by _aggregate_names).
    timestamp: npt.NDArray[np.datetime64]
    value: npt.NDArray[np.float64] | npt.NDArray[np.object_] | None
    status_code: npt.NDArray[np.uint32] | None
    status_symbol: npt.NDArray[np.object_] | None
    average: npt.NDArray[np.float64] | None
    continuous_variance: npt.NDArray[np.float64] | None
    discrete_variance: npt.NDArray[np.float64] | None
    interpolation: npt.NDArray[np.float64] | None
    max: npt.NDArray[np.float64] | None
    min: npt.NDArray[np.float64] | None
    step_interpolation: npt.NDArray[np.float64] | None
    sum: npt.NDArray[np.float64] | None
    total_variation: npt.NDArray[np.float64] | None
    count: npt.NDArray[np.int64] | None
    count_bad: npt.NDArray[np.int64] | None
    count_good: npt.NDArray[np.int64] | None
    count_uncertain: npt.NDArray[np.int64] | None
    duration_bad: npt.NDArray[np.int64] | None
    duration_good: npt.NDArray[np.int64] | None
    duration_uncertain: npt.NDArray[np.int64] | None
    max_datapoint: npt.NDArray[np.object_] | None
    min_datapoint: npt.NDArray[np.object_] | None

    def __init__(
        self,
        id: int | None = None,
        external_id: str | None = None,
        instance_id: NodeId | dict[str, str] | tuple[str, str] | None = None,
        is_string: bool | None = None,
        is_step: bool | None = None,
        unit: str | None = None,
        unit_external_id: str | None = None,
        granularity: str | None = None,
        timestamp: np.ndarray | None = None,
        value: np.ndarray | None = None,
        status_code: np.ndarray | None = None,
        status_symbol: np.ndarray | None = None,
        timezone: Any = None,
        **aggregates: np.ndarray | None,
    ) -> None:
        import numpy as np

        self.id, self.external_id, self.instance_id = id, external_id, _node_id(instance_id)
        self.is_string, self.is_step, self.unit, self.unit_external_id = is_string, is_step, unit, unit_external_id
        self.granularity = granularity
        self.timestamp = np.empty(0, "datetime64[ns]") if timestamp is None else timestamp
        self.value = value
        self.status_code, self.status_symbol, self.timezone = status_code, status_symbol, timezone
        for k, v in aggregates.items():
            name = to_snake(k)
            if name not in ALL_SORTED_AGGREGATES:
                raise TypeError(f"DatapointsArray got an unexpected keyword argument {k!r}")
            setattr(self, name, v)

    @classmethod
    def _from_result(cls, r: SeriesResult) -> DatapointsArray:
        q, m = r.query, r.meta
        ident = q.identifier
        aggs = {to_snake(k): v for k, v in r.aggregates.items()}
        return cls(
            id=m.id if m is not None else ident.get("id"),
            external_id=(m.external_id if m is not None else None) or ident.get("externalId"),
            instance_id=(m.instance_id if m is not None else None) or ident.get("instanceId"),
            is_string=m.is_string if m is not None else None,
            is_step=m.is_step if m is not None else None,
            unit=m.unit if m is not None else None,
            unit_external_id=m.unit_external_id if m is not None else None,
            granularity=q.granularity,
            timestamp=r.timestamp,
            value=r.value if q.is_raw else None,
            status_code=r.status_code,
            status_symbol=r.status_symbol,
            timezone=q.timezone,
            **aggs,
        )

    def __len__(self) -> int:
        return len(self.timestamp)

    @overload
    def __getitem__(self, item: int) -> Datapoint: ...
    @overload
    def __getitem__(self, item: slice) -> DatapointsArray: ...
    def __getitem__(self, item: int | slice) -> Datapoint | DatapointsArray:
        if isinstance(item, slice):
            return self._slice(item)
        ts = int(self.timestamp[item].astype("datetime64[ms]").astype("int64"))
        kwargs: dict[str, Any] = {a: _py(getattr(self, a)[item]) for a in self._aggregate_names()}
        if self.value is not None:
            kwargs["value"] = _py(self.value[item])
        if self.status_code is not None:
            kwargs["status_code"] = int(self.status_code[item])
        if self.status_symbol is not None:
            kwargs["status_symbol"] = self.status_symbol[item]
        return Datapoint(timestamp=ts, **kwargs)

    def _slice(self, sel: Any) -> DatapointsArray:
        arrays = {a: getattr(self, a)[sel] for a in self._aggregate_names()}
        return DatapointsArray(
            **{k: getattr(self, k) for k in _META},
            timestamp=self.timestamp[sel],
            value=None if self.value is None else self.value[sel],
            status_code=None if self.status_code is None else self.status_code[sel],
            status_symbol=None if self.status_symbol is None else self.status_symbol[sel],
            timezone=self.timezone,
            **arrays,
        )

    def __iter__(self) -> Iterator[Datapoint]:
        for i in range(len(self)):
            yield self[i]

    def dump(self, camel_case: bool = True, convert_timestamps: bool = False) -> dict[str, Any]:
        """Metadata and a `datapoints` list of dicts (timestamps in ms, or ISO strings with convert_timestamps)."""
        out = self._meta_dump(camel_case)
        out["datapoints"] = [d.dump(camel_case=camel_case) for d in self]
        if convert_timestamps:
            for d in out["datapoints"]:
                d["timestamp"] = str(self.timestamp.dtype.type(d["timestamp"], "ms"))
        return out

    @classmethod
    def load(cls, resource: dict[str, Any] | str, cognite_client: Any = None) -> Self:
        """From a dump (or its JSON), as `Datapoints.load` reads it, with numpy columns.

        >>> DatapointsArray.load({"id": 1, "datapoints": [{"timestamp": 5, "value": 1.0}]}).value
        array([1.])
        """
        import numpy as np

        dps = Datapoints.load(resource)
        aggs: dict[str, Any] = {a: np.asarray(getattr(dps, a)) for a in dps._aggregate_names()}
        value = None
        if dps.value is not None:
            value = np.asarray(dps.value, dtype=object if dps.is_string else np.float64)
        return cls(
            **{k: getattr(dps, k) for k in _META},
            timestamp=np.asarray(dps.timestamp, dtype=np.int64).astype("datetime64[ms]").astype("datetime64[ns]"),
            value=value,
            status_code=None if dps.status_code is None else np.asarray(dps.status_code, dtype=np.uint32),
            status_symbol=None if dps.status_symbol is None else np.asarray(dps.status_symbol, dtype=object),
            **aggs,
        )

    def to_datapoints(self) -> Datapoints:
        """The same data as Python lists (one C-level `tolist()` per column)."""
        aggs = {a: getattr(self, a).tolist() for a in self._aggregate_names()}
        return Datapoints(
            **{k: getattr(self, k) for k in _META},
            timestamp=self.timestamp.astype("datetime64[ms]").view("int64").tolist(),
            value=None if self.value is None else self.value.tolist(),
            status_code=None if self.status_code is None else self.status_code.tolist(),
            status_symbol=None if self.status_symbol is None else self.status_symbol.tolist(),
            timezone=self.timezone,
            **aggs,
        )


def _py(v: Any) -> Any:
    return v.item() if hasattr(v, "item") else v


class Datapoints(_DatapointsBase):
    """Datapoints of one series as Python lists: `timestamp` (epoch ms), `value` or one list per aggregate.

    Example:
        >>> dps = Datapoints(id=1, timestamp=[1000, 2000], value=[1.0, 2.0])
        >>> dps[0].value, len(dps)
        (1.0, 2)
    """

    # Typed for users (set in __init__; an aggregate not fetched is missing, read as None by _aggregate_names).
    timestamp: list[int]
    value: list[str] | list[float] | None
    status_code: list[int] | None
    status_symbol: list[str] | None
    average: list[float] | None
    continuous_variance: list[float] | None
    discrete_variance: list[float] | None
    interpolation: list[float] | None
    max: list[float] | None
    min: list[float] | None
    step_interpolation: list[float] | None
    sum: list[float] | None
    total_variation: list[float] | None
    count: list[int] | None
    count_bad: list[int] | None
    count_good: list[int] | None
    count_uncertain: list[int] | None
    duration_bad: list[int] | None
    duration_good: list[int] | None
    duration_uncertain: list[int] | None
    max_datapoint: list[dict[str, Any]] | None
    min_datapoint: list[dict[str, Any]] | None

    def __init__(
        self,
        id: int | None = None,
        external_id: str | None = None,
        is_string: bool | None = None,
        is_step: bool | None = None,
        unit: str | None = None,
        timestamp: list[int] | None = None,
        value: list[Any] | None = None,
        instance_id: NodeId | dict[str, str] | tuple[str, str] | None = None,
        unit_external_id: str | None = None,
        granularity: str | None = None,
        status_code: list[int] | None = None,
        status_symbol: list[str] | None = None,
        error: list[str | None] | None = None,
        timezone: Any = None,
        **aggregates: list[Any] | None,
    ) -> None:
        self.id, self.external_id, self.instance_id = id, external_id, _node_id(instance_id)
        self.is_string, self.is_step, self.unit, self.unit_external_id = is_string, is_step, unit, unit_external_id
        self.granularity = granularity
        self.timestamp: list[int] = list(timestamp or [])
        self.value = value
        self.status_code, self.status_symbol, self.error, self.timezone = status_code, status_symbol, error, timezone
        for k, v in aggregates.items():
            name = to_snake(k)
            if name not in ALL_SORTED_AGGREGATES:
                raise TypeError(f"Datapoints got an unexpected keyword argument {k!r}")
            setattr(self, name, v)

    def __len__(self) -> int:
        return len(self.timestamp)

    @overload
    def __getitem__(self, item: int) -> Datapoint: ...
    @overload
    def __getitem__(self, item: slice) -> Datapoints: ...
    def __getitem__(self, item: int | slice) -> Datapoint | Datapoints:
        if isinstance(item, slice):
            fields = {a: getattr(self, a)[item] for a in self._aggregate_names()}
            for k in ("value", "status_code", "status_symbol", "error"):
                if getattr(self, k) is not None:
                    fields[k] = getattr(self, k)[item]
            return Datapoints(
                **{k: getattr(self, k) for k in _META}, timestamp=self.timestamp[item], timezone=self.timezone, **fields
            )
        kwargs: dict[str, Any] = {a: getattr(self, a)[item] for a in self._aggregate_names()}
        for k in ("value", "status_code", "status_symbol"):
            if getattr(self, k) is not None:
                kwargs[k] = getattr(self, k)[item]
        return Datapoint(timestamp=self.timestamp[item], **kwargs)

    def __iter__(self) -> Iterator[Datapoint]:
        for i in range(len(self)):
            yield self[i]

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        """Metadata and a `datapoints` list of dicts.

        >>> Datapoints(id=1, timestamp=[5], value=[1.0]).dump()
        {'id': 1, 'datapoints': [{'timestamp': 5, 'value': 1.0}]}
        """
        out = self._meta_dump(camel_case)
        out["datapoints"] = [d.dump(camel_case=camel_case) for d in self]
        return out

    def to_pandas(
        self,
        include_aggregate_name: bool = True,
        include_granularity_name: bool = False,
        include_unit: bool = True,
        include_status: bool = True,
        include_numeric_states: bool = True,
        include_string_states: bool = True,
        expand_state_aggregates: bool = True,
        *,
        column_names: str = "external_id",
        include_errors: bool = False,
    ) -> pd.DataFrame:
        """A DataFrame indexed by timestamp (see `DatapointsArray.to_pandas`); `include_errors` adds synthetic errors.

        >>> Datapoints(id=1, timestamp=[0], value=[1.5]).to_pandas(column_names="id").iloc[0, 0]
        np.float64(1.5)
        """
        df = super().to_pandas(
            include_aggregate_name,
            include_granularity_name,
            include_unit,
            include_status,
            column_names=column_names,
        )
        if include_errors and self.error is not None:
            df[_label(self._column_base(column_names), "error")] = self.error
        return df

    @classmethod
    def load(cls, resource: dict[str, Any] | str, cognite_client: Any = None) -> Self:
        """From a dump (or its JSON): series metadata and a `datapoints` list of dicts.

        >>> Datapoints.load({"id": 1, "datapoints": [{"timestamp": 5, "value": 1.0}]}).value
        [1.0]
        """
        data = json.loads(resource) if isinstance(resource, str) else resource
        dps = data.get("datapoints", [])
        cols: dict[str, list[Any]] = {}
        for i, dp in enumerate(dps):
            for k, v in dp.items():
                if k == "status":
                    cols.setdefault("status_code", [0] * i).append(v.get("code", 0))
                    cols.setdefault("status_symbol", ["Good"] * i).append(v.get("symbol", "Good"))
                else:
                    cols.setdefault(to_snake(k), [None] * i).append(v)
            for name, col in cols.items():  # a field missing in this point: None (status: Good)
                if len(col) <= i:
                    col.append({"status_code": 0, "status_symbol": "Good"}.get(name))
        fields: dict[str, Any] = {to_snake(k): v for k, v in data.items() if k != "datapoints"}
        return cls(**{**fields, "timestamp": [], **cols})


class _Identified(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def external_id(self) -> str | None: ...
    @property
    def instance_id(self) -> object: ...  # a NodeId-like value or None


_T = TypeVar("_T", bound=_Identified)
_TD = TypeVar("_TD", bound=_DatapointsBase)


class _SeriesList(list[_T]):
    """A list of per-series results, looked up by identifier with `get`."""

    def __init__(self, resources: Sequence[_T] = (), cognite_client: Any = None) -> None:
        super().__init__(resources)
        self._cognite_client = cognite_client

    def get(
        self, id: int | None = None, external_id: str | None = None, instance_id: Any = None
    ) -> _T | list[_T] | None:
        """The entry of this id / external id (a list when the series was queried several times), or None."""
        if sum(x is not None for x in (id, external_id, instance_id)) != 1:
            raise ValueError("Give exactly one of id, external_id and instance_id")
        if id is not None:
            hits = [d for d in self if d.id == id]
        elif external_id is not None:
            hits = [d for d in self if d.external_id == external_id]
        else:
            hits = [d for d in self if _same_instance(d.instance_id, instance_id)]
        if not hits:
            return None
        return hits[0] if len(hits) == 1 else hits

    def dump(self, camel_case: bool = True) -> list[dict[str, Any]]:
        return [d.dump(camel_case=camel_case) for d in self]  # type: ignore[attr-defined]

    def __str__(self) -> str:
        return json.dumps(self.dump(camel_case=False), indent=2, default=str)


class _DatapointsListBase(_SeriesList[_TD]):
    def to_pandas(
        self,
        include_aggregate_name: bool = True,
        include_granularity_name: bool = False,
        include_unit: bool = True,
        include_status: bool = True,
        include_numeric_states: bool = True,
        include_string_states: bool = True,
        expand_state_aggregates: bool = True,
        *,
        column_names: str = "external_id",
    ) -> pd.DataFrame:
        """One DataFrame with a column per series (and aggregate), outer-joined on timestamp.

        Example:
            >>> DatapointsList([Datapoints(external_id="a", timestamp=[0], value=[1.0]),
            ...                 Datapoints(external_id="b", timestamp=[0], value=[2.0])]).to_pandas().columns.tolist()
            ['a', 'b']
        """
        return _join_frames(
            self, column_names, include_aggregate_name, include_granularity_name, include_status, include_unit
        )

    def plot(self, *args: Any, **kwargs: Any) -> Axes:
        """Plot every series with matplotlib (via pandas).

        Example:
            >>> dps_list.plot()  # doctest: +SKIP
        """
        _pyplot()
        axes: Axes = self.to_pandas().plot(*args, **kwargs)
        return axes


def _same_instance(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    if isinstance(b, tuple):
        b = {"space": b[0], "external_id": b[1]}
    return bool(_get(a, "space") == _get(b, "space") and _get(a, "external_id") == _get(b, "external_id"))


def _parts(label: Any) -> tuple[Any, ...]:
    return label if isinstance(label, tuple) else (label,)


def _join_frames(
    dps: Sequence[_DatapointsBase],
    column_names: str,
    include_aggregate_name: bool,
    include_granularity_name: bool,
    include_status: bool,
    include_unit: bool = False,
) -> pd.DataFrame:
    """Columns of all series; built directly when every series shares one timestamp index (no alignment)."""
    import numpy as np

    pd = _pandas()
    if not dps:
        return pd.DataFrame(index=pd.DatetimeIndex([], dtype="datetime64[ns]"))
    parts = [
        d._columns(column_names, include_aggregate_name, include_granularity_name, include_status, include_unit)
        for d in dps
    ]
    seen: dict[Any, int] = {}
    for cols in parts:  # the same series queried twice: keep both, suffixed
        for name in list(cols):
            if name in seen:
                seen[name] += 1
                again = f"{name}_{seen[name]}" if isinstance(name, str) else (*_parts(name), f"_{seen[name]}")
                cols[again] = cols.pop(name)
            else:
                seen[name] = 0
    first = np.asarray(dps[0].timestamp)
    if all(len(d.timestamp) == len(first) for d in dps) and all(
        np.array_equal(np.asarray(d.timestamp), first) for d in dps[1:]
    ):
        merged = {k: v for cols in parts for k, v in cols.items()}
        return pd.DataFrame(merged, index=dps[0]._index(), copy=False)
    frames = [pd.DataFrame(cols, index=d._index(), copy=False) for d, cols in zip(dps, parts, strict=True)]
    return pd.concat(frames, axis=1, sort=True)


class DatapointsList(_DatapointsListBase[Datapoints]):
    """`Datapoints` of several series (in query order)."""


class DatapointsArrayList(_DatapointsListBase[DatapointsArray]):
    """`DatapointsArray` of several series (in query order)."""

    def to_datapoints(self) -> DatapointsList:
        return DatapointsList([d.to_datapoints() for d in self], cognite_client=self._cognite_client)

    def concat_duplicate_ids(self) -> None:
        """No-op kept for compatibility: results are already one entry per query."""


_QUERY_SETTINGS = (
    "start",
    "end",
    "limit",
    "aggregates",
    "granularity",
    "include_outside_points",
    "ignore_unknown_ids",
    "timezone",
    "target_unit",
    "target_unit_system",
    "include_status",
    "ignore_bad_datapoints",
    "treat_uncertain_as_bad",
)
# What a setting left out of a query on its own means (the retrieve methods' defaults).
_QUERY_DEFAULTS = {
    "include_outside_points": False,
    "ignore_unknown_ids": False,
    "include_status": False,
    "ignore_bad_datapoints": True,
    "treat_uncertain_as_bad": True,
}


class DatapointsQuery:
    """A datapoints query: one or more series with their own start / end / aggregates / granularity / limit.

    `id` / `external_id` / `instance_id` take one identifier, a list, or dicts with per-series overrides. Inside
    `retrieve(id=...)` a setting left out (None) is taken from the `retrieve` call; on its own (`client.time_series.
    data(query)`) it takes the default.

    Example:
        >>> from cognite.client.data_classes import DatapointsQuery
        >>> q = DatapointsQuery(external_id="abc", start="10d-ago", end="now", aggregates=["average"], granularity="1m")
        >>> q.granularity
        '1m'
    """

    def __init__(
        self,
        id: Any = None,
        external_id: Any = None,
        instance_id: Any = None,
        start: int | str | datetime | None = None,
        end: int | str | datetime | None = None,
        aggregates: list[str] | str | None = None,
        granularity: str | None = None,
        timezone: Any = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool | None = None,
        ignore_unknown_ids: bool | None = None,
        include_status: bool | None = None,
        ignore_bad_datapoints: bool | None = None,
        treat_uncertain_as_bad: bool | None = None,
    ) -> None:
        if id is None and external_id is None and instance_id is None:
            raise ValueError("DatapointsQuery needs at least one of id, external_id and instance_id")
        self.id, self.external_id, self.instance_id = id, external_id, instance_id
        self.start, self.end, self.aggregates, self.granularity = start, end, aggregates, granularity
        self.timezone, self.target_unit, self.target_unit_system = timezone, target_unit, target_unit_system
        self.limit, self.include_outside_points, self.ignore_unknown_ids = (
            limit,
            include_outside_points,
            ignore_unknown_ids,
        )
        self.include_status = include_status
        self.ignore_bad_datapoints, self.treat_uncertain_as_bad = ignore_bad_datapoints, treat_uncertain_as_bad

    def defaults(self) -> dict[str, Any]:
        """The settings of this query standing on its own: what it leaves out takes the default."""
        return {k: v if (v := getattr(self, k)) is not None else _QUERY_DEFAULTS.get(k) for k in _QUERY_SETTINGS}

    def _as_query_dict(self) -> dict[str, Any]:
        """This query as a per-series dict (when given inside `id=` / `external_id=` of retrieve)."""
        ident = [("id", self.id), ("external_id", self.external_id), ("instance_id", self.instance_id)]
        given = [(k, v) for k, v in ident if v is not None]
        if len(given) != 1 or isinstance(given[0][1], (list, dict)):
            raise ValueError("A DatapointsQuery inside id= / external_id= must name exactly one series")
        settings = {k: v for k in _QUERY_SETTINGS if (v := getattr(self, k)) is not None}
        return {given[0][0]: given[0][1], **settings}

    def __repr__(self) -> str:
        fields = {k: v for k, v in vars(self).items() if v is not None}
        return f"DatapointsQuery({', '.join(f'{k}={v!r}' for k, v in fields.items())})"


class LatestDatapointQuery:
    """Per-series settings for `retrieve_latest`: the identifier, `before`, and status / unit options.

    Example:
        >>> from cognite.client.data_classes import LatestDatapointQuery
        >>> LatestDatapointQuery(id=1, before="2d-ago").before
        '2d-ago'
    """

    def __init__(
        self,
        id: int | None = None,
        external_id: str | None = None,
        instance_id: Any = None,
        before: int | str | datetime | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool | None = None,
        ignore_bad_datapoints: bool | None = None,
        treat_uncertain_as_bad: bool | None = None,
    ) -> None:
        if sum(x is not None for x in (id, external_id, instance_id)) != 1:
            raise ValueError("LatestDatapointQuery needs exactly one of id, external_id and instance_id")
        self.id, self.external_id, self.instance_id, self.before = id, external_id, instance_id, before
        self.target_unit, self.target_unit_system = target_unit, target_unit_system
        self.include_status = include_status
        self.ignore_bad_datapoints, self.treat_uncertain_as_bad = ignore_bad_datapoints, treat_uncertain_as_bad

    def __repr__(self) -> str:
        fields = {k: v for k, v in vars(self).items() if v is not None}
        return f"LatestDatapointQuery({', '.join(f'{k}={v!r}' for k, v in fields.items())})"


def _utc(ms: int | None) -> datetime | None:
    from datetime import timezone

    return None if ms is None else datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


def _ms(dt: datetime) -> int:
    return int(round(dt.timestamp() * 1000))


class LatestDatapoint:
    """The latest datapoint of one time series (what `retrieve_latest` returns): series metadata and at most one point.

    `timestamp` is an aware UTC datetime (None when the series has no datapoint before `before`).

    Example:
        >>> dp = LatestDatapoint._load({"id": 1, "isString": False, "isStep": False,
        ...                             "datapoints": [{"timestamp": 1000, "value": 2.5}]})
        >>> dp.timestamp_ms, dp.value, bool(dp)
        (1000, 2.5, True)
    """

    def __init__(
        self,
        id: int,
        timestamp: datetime | None,
        value: str | float | None,
        is_string: bool,
        type: Literal["numeric", "string", "state"],
        before: datetime | None,
        is_step: bool | None = None,
        external_id: str | None = None,
        instance_id: NodeId | dict[str, str] | tuple[str, str] | None = None,
        unit: str | None = None,
        unit_external_id: str | None = None,
        status_code: int | None = None,
        status_symbol: str | None = None,
        numeric_state: int | None = None,
        string_state: str | None = None,
    ) -> None:
        self.id, self.external_id, self.instance_id = id, external_id, _node_id(instance_id)
        self.is_string, self.is_step, self.type, self.before = is_string, is_step, type, before
        self.unit, self.unit_external_id = unit, unit_external_id
        self.timestamp, self._value = timestamp, value
        self.status_code, self.status_symbol = status_code, status_symbol
        self._numeric_state, self._string_state = numeric_state, string_state

    @property
    def is_state(self) -> bool:
        return self.type == "state"

    @property
    def value(self) -> str | float | None:
        if self.is_state:
            raise ValueError("'value' is not populated for state time series, use 'numeric_state'/'string_state'")
        return self._value

    @property
    def numeric_state(self) -> int | None:
        if not self.is_state:
            raise ValueError("'numeric_state' is only populated for state time series, use 'value' instead")
        return self._numeric_state

    @property
    def string_state(self) -> str | None:
        if not self.is_state:
            raise ValueError("'string_state' is only populated for state time series, use 'value' instead")
        return self._string_state

    @property
    def has_datapoint(self) -> bool:
        return self.timestamp is not None

    def __bool__(self) -> bool:
        return self.timestamp is not None

    @property
    def timestamp_ms(self) -> int:
        if self.timestamp is None:
            raise ValueError("No datapoint exists, so timestamp_ms is not available")
        return _ms(self.timestamp)

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        dps = resource.get("datapoints") or []
        if len(dps) > 1:
            raise ValueError(f"Expected at most one datapoint for LatestDatapoint, got {len(dps)}")
        dp: dict[str, Any] = dps[0] if dps else {}
        status = dp.get("status") or {}
        is_string = bool(resource.get("isString", False))
        return cls(
            id=resource["id"],
            timestamp=_utc(dp.get("timestamp")),
            value=dp.get("value"),
            is_string=is_string,
            type=resource.get("type") or ("string" if is_string else "numeric"),
            before=_utc(resource.get("before")),
            is_step=resource.get("isStep"),
            external_id=resource.get("externalId"),
            instance_id=resource.get("instanceId"),
            unit=resource.get("unit"),
            unit_external_id=resource.get("unitExternalId"),
            status_code=status.get("code"),
            status_symbol=status.get("symbol"),
            numeric_state=dp.get("numericValue"),
            string_state=dp.get("stringValue"),
        )

    @classmethod
    def load(cls, resource: dict[str, Any] | str) -> Self:
        return cls._load(json.loads(resource) if isinstance(resource, str) else resource)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "is_string": self.is_string,
            "is_step": self.is_step,
            "type": self.type,
            "before": None if self.before is None else _ms(self.before),
            "unit": self.unit,
            "unit_external_id": self.unit_external_id,
        }
        if self.external_id is not None:
            out["external_id"] = self.external_id
        if self.instance_id is not None:
            out["instance_id"] = self.instance_id.dump(camel_case, include_instance_type=False)
        dp: dict[str, Any] = {}
        if self.timestamp is not None:
            dp = {"timestamp": _ms(self.timestamp), "value": self._value}
            if self._numeric_state is not None:
                dp["numeric_value"] = self._numeric_state
            if self._string_state is not None:
                dp["string_value"] = self._string_state
            if self.status_code is not None:
                dp["status"] = {"code": self.status_code, "symbol": self.status_symbol}
        out["datapoints"] = [dp] if dp else []
        if camel_case:
            out = {to_camel(k): v for k, v in out.items()}
            out["datapoints"] = [{to_camel(k): v for k, v in d.items()} for d in out["datapoints"]]
        return out

    def to_pandas(self, camel_case: bool = False) -> pd.DataFrame:
        """One column ("value") indexed by field name.

        >>> LatestDatapoint._load({"id": 1, "datapoints": []}).to_pandas().loc["id", "value"]
        1
        """
        pd = _pandas()
        fields: dict[str, Any] = {"value": self._value, "timestamp": self.timestamp, "before": self.before}
        for k, v in self.dump(camel_case=camel_case).items():
            fields.setdefault(k, v)
        return pd.Series(fields).to_frame(name="value")

    def __str__(self) -> str:
        return json.dumps(self.dump(camel_case=False), indent=4, default=str)

    __repr__ = __str__


class LatestDatapointList(_SeriesList[LatestDatapoint]):
    """`LatestDatapoint` of several series (in query order)."""

    def to_pandas(self, camel_case: bool = False) -> pd.DataFrame:
        """One row per series (indexed by external id, else id), columns timestamp and value."""
        pd = _pandas()
        index = [d.external_id if d.external_id is not None else d.id for d in self]
        return pd.DataFrame({"timestamp": [d.timestamp for d in self], "value": [d._value for d in self]}, index=index)


class SyntheticDatapoints(Datapoints):
    """The result of one synthetic expression: `timestamp`, `value` and per-point `error` (None where it has a value).

    Example:
        >>> s = SyntheticDatapoints("A+B", timestamp=[0], value=[1.0], error=[None], is_string=False)
        >>> s.expression, len(s)
        ('A+B', 1)
    """

    def __init__(
        self,
        expression: str,
        timestamp: list[int],
        value: list[float | None],
        error: list[str | None],
        is_string: bool,
        timezone: Any = None,
    ) -> None:
        super().__init__(
            external_id=expression,
            timestamp=timestamp,
            value=value,
            error=error,
            is_string=is_string,
            timezone=timezone,
        )
        self.expression = expression

    def to_pandas(self, include_errors: bool = True) -> pd.DataFrame:  # type: ignore[override]  # the official form
        """One column named by the expression (and `<expression>|error` with the per-point errors, if any)."""
        return super().to_pandas(include_errors=include_errors)


class SyntheticDatapointsList(_DatapointsListBase[SyntheticDatapoints]):
    """`SyntheticDatapoints` of several expressions (in the order given)."""


# -- state time series inserts (`client.time_series.data.insert_states`) ---------------------------------------------
_STATE_FIELDS = {"numeric_value": "numericValue", "string_value": "stringValue"}


@dataclass(slots=True, frozen=True)
class StateDatapointWrite:
    """One datapoint to insert into a state time series: a numeric state, a string state, or both (they must match
    the series' state set); only a datapoint with a Bad status may carry neither.

    Args:
        timestamp (int | datetime): Milliseconds since epoch, or a datetime (naive = local time).
        numeric_value (int | None): The integer state value.
        string_value (str | None): The string state value.
        status_code (int | None): Status code (e.g. ``StatusCode.Bad``); if given with `status_symbol`, they must match.
        status_symbol (str | None): Status symbol (e.g. ``"Bad"``).

    Example:
        >>> StateDatapointWrite(1700000000000, 1).dump()
        {'timestamp': 1700000000000, 'numericValue': 1}
        >>> StateDatapointWrite(1700000000000)
        Traceback (most recent call last):
        ValueError: A state datapoint needs a numeric_value or string_value unless its status is Bad (e.g. status_symbol="Bad")
    """

    timestamp: int | datetime
    numeric_value: int | None = None
    string_value: str | None = None
    status_code: int | None = None
    status_symbol: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.timestamp, bool) or not isinstance(self.timestamp, int | datetime):
            raise TypeError(f"timestamp must be int ms since epoch or a datetime, got {self.timestamp!r}")
        if self.numeric_value is not None and (
            isinstance(self.numeric_value, bool) or not isinstance(self.numeric_value, int)
        ):
            raise TypeError(f"numeric_value must be an int, got {self.numeric_value!r}")
        if self.string_value is not None and not isinstance(self.string_value, str):
            raise TypeError(f"string_value must be a str, got {self.string_value!r}")
        if self.numeric_value is None and self.string_value is None and not self._is_bad():
            raise ValueError(
                "A state datapoint needs a numeric_value or string_value unless its status is Bad"
                ' (e.g. status_symbol="Bad")'
            )

    def _is_bad(self) -> bool:
        # Symbols beyond the three categories are CDF's to parse; only the category is checked here.
        if self.status_code is not None:
            return int(self.status_code) >= StatusCode.Bad
        return self.status_symbol is not None and self.status_symbol.lower().startswith("bad")

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        """The datapoint as CDF's JSON (Good statuses, CDF's default, are left out)."""
        from cognite.client._datapoints.timeparse import to_ms

        out: dict[str, Any] = {"timestamp": to_ms(self.timestamp)}
        for key, wire in _STATE_FIELDS.items():
            if (v := getattr(self, key)) is not None:
                out[wire if camel_case else key] = v
        status = {k: v for k, v in (("code", self.status_code), ("symbol", self.status_symbol)) if v is not None}
        if status and status not in ({"code": 0}, {"symbol": "Good"}, {"code": 0, "symbol": "Good"}):
            out["status"] = status
        return out

    @classmethod
    def load(cls, data: StateDatapointWrite | dict[str, Any]) -> StateDatapointWrite:
        """From a dict in CDF's JSON shape (camelCase or snake_case keys; status as ``{"code"|"symbol": ...}``)."""
        if isinstance(data, cls):
            return data
        if not isinstance(data, dict):
            raise TypeError(f"A state datapoint must be a StateDatapointWrite or a dict, got {type(data).__name__}")
        known = {"timestamp", "status", *_STATE_FIELDS, *_STATE_FIELDS.values()}
        if unknown := set(data) - known:
            raise ValueError(f"Unknown state datapoint keys {sorted(unknown)}; expected {sorted(known)}")
        if "timestamp" not in data:
            raise ValueError(f"A state datapoint needs a 'timestamp', got {data!r:.200}")
        status = data.get("status") or {}
        if not isinstance(status, dict):
            raise TypeError(f"A datapoint status must be a dict {{'code'|'symbol': ...}}, got {status!r}")
        return cls(
            data["timestamp"],
            data.get("numericValue", data.get("numeric_value")),
            data.get("stringValue", data.get("string_value")),
            status.get("code"),
            status.get("symbol"),
        )


@dataclass(slots=True)
class StateDatapointsInsert:
    """State datapoints to insert into one state time series, named by its instance id.

    Args:
        instance_id (NodeId | tuple[str, str]): The state time series, as a ``NodeId`` or a ``(space, external_id)``.
        datapoints (MutableSequence[StateDatapointWrite | dict[str, Any]] | Datapoints | DatapointsArray): The
            datapoints (dicts in CDF's JSON shape are accepted), or raw datapoints retrieved from a state series
            (their numeric values and status codes are used).

    Example:
        >>> from cognite.client.data_classes.data_modeling import NodeId
        >>> item = StateDatapointsInsert(NodeId("sp", "pump-state"), [StateDatapointWrite(0, 1)])
        >>> item.instance_id
        NodeId(space='sp', external_id='pump-state')
    """

    instance_id: NodeId | tuple[str, str]
    datapoints: MutableSequence[StateDatapointWrite | dict[str, Any]] | Datapoints | DatapointsArray

    def __post_init__(self) -> None:
        from cognite.client.data_classes.data_modeling import NodeId

        inst = self.instance_id
        if isinstance(inst, tuple) and len(inst) == 2 and all(isinstance(x, str) for x in inst):
            self.instance_id = NodeId(*inst)
        elif not isinstance(inst, NodeId):
            raise TypeError(f"instance_id must be a NodeId or a (space, external_id) tuple, got {inst!r}")
        dps = self.datapoints
        if isinstance(dps, Datapoints | DatapointsArray):
            if dps.value is None:
                raise ValueError("Only raw datapoints can be inserted (these are aggregates)")
        elif isinstance(dps, str) or not isinstance(dps, Sequence):
            raise TypeError(
                f"datapoints must be a sequence of StateDatapointWrite / dicts, Datapoints or DatapointsArray, "
                f"not {type(dps).__name__}"
            )

    def _writes(self) -> list[StateDatapointWrite]:
        """Every datapoint as a validated `StateDatapointWrite`."""
        dps = self.datapoints
        if not isinstance(dps, Datapoints | DatapointsArray):
            return [StateDatapointWrite.load(d) for d in dps]
        import numpy as np

        ts = np.asarray(dps.timestamp)
        ms = ts.astype("datetime64[ms]").view(np.int64) if ts.dtype.kind == "M" else ts.astype(np.int64)
        values = np.asarray(dps.value, dtype=np.float64)
        known = values[~np.isnan(values)]
        if not np.array_equal(known, np.round(known)):
            raise ValueError(
                "Only datapoints of a state time series (integer numeric states) can be inserted as states"
            )
        codes = [None] * len(ms) if dps.status_code is None else np.asarray(dps.status_code).tolist()
        return [
            StateDatapointWrite(t, None if v != v else int(v), None, c or None)
            for t, v, c in zip(ms.tolist(), values.tolist(), codes, strict=True)
        ]
