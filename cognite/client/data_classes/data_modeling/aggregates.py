"""The aggregate tree of ``client.data_modeling.records.aggregate``: aggregates to ask for and their results.

Metrics (``Average``, ``Count``, ``Min``, ``Max``, ``Sum``), bucket aggregates that nest further aggregates
(``UniqueValues``, ``NumberHistogram``, ``TimeHistogram``, ``Filters``) and ``MovingFunction`` over the buckets of
the histogram it sits in. A plain dict in the wire form is accepted anywhere an aggregate is.

Example:
    >>> from cognite.client.data_classes.data_modeling.aggregates import Average, UniqueValues
    >>> UniqueValues(["sp", "Game", "player"], aggregates={"avg": Average(["sp", "Game", "points"])}).dump()
    {'uniqueValues': {'property': ['sp', 'Game', 'player'], 'aggregates': {'avg': {'avg': {'property': ['sp', 'Game', 'points']}}}}}
    >>> from cognite.client.data_classes.data_modeling.aggregates import Result
    >>> Result._load({"uniqueValueBuckets": [{"value": "ann", "count": 2, "aggregates": {"avg": {"avg": 3.5}}}]}).buckets[0].aggregates["avg"].value
    3.5
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any, ClassVar

from cognite.client.data_classes._base import CogniteResource
from cognite.client.data_classes.filters import Filter

__all__ = [
    "Aggregate",
    "Average",
    "Bucket",
    "BucketResult",
    "Count",
    "Filters",
    "FiltersResult",
    "Max",
    "MetricResult",
    "Min",
    "MovingFunction",
    "MovingFunctionResult",
    "MovingFunctions",
    "NumberHistogram",
    "NumberHistogramResult",
    "Result",
    "Sum",
    "TimeHistogram",
    "TimeHistogramResult",
    "UniqueValues",
    "UniqueValuesResult",
    "UnknownAggregate",
    "UnknownResult",
]

PropertyPath = Sequence[str]
METRICS = ("avg", "count", "min", "max", "sum")


def _path(value: Any, what: str) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence) or not all(isinstance(p, str) for p in value):
        raise TypeError(f"{what} must be a property path (a list of strings), got {value!r}")
    if not 1 <= len(value) <= 3:
        raise ValueError(f"{what} must have 1 or 3 parts ([top-level] or [space, container, property]), got {value!r}")
    return list(value)


def dump_aggregates(aggregates: Mapping[str, Aggregate | dict[str, Any]]) -> dict[str, Any]:
    """The wire form of an aggregate tree (checked: identifiers are non-empty strings, values aggregates)."""
    if not isinstance(aggregates, Mapping) or not aggregates:
        raise TypeError("aggregates must be a non-empty mapping of identifier -> aggregate")
    out: dict[str, Any] = {}
    for agg_id, agg in aggregates.items():
        if not isinstance(agg_id, str) or not agg_id or "." in agg_id:
            raise ValueError(f"Aggregate identifiers are non-empty strings without '.', got {agg_id!r}")
        if isinstance(agg, Aggregate):
            out[agg_id] = agg.dump()
        elif isinstance(agg, dict):
            out[agg_id] = agg
        else:
            raise TypeError(f"Aggregate {agg_id!r} must be an Aggregate or a dict, got {type(agg).__name__}")
    return out


class Aggregate(CogniteResource):
    """An aggregate to compute (subclasses name their wire key in ``_aggregate_name``)."""

    _aggregate_name: ClassVar[str] = ""

    def __init__(self, **body: Any) -> None:
        self._body = {k: v for k, v in body.items() if v is not None}
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {self._aggregate_name: dict(self._body)}

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Aggregate:
        return UnknownAggregate(resource)


class _PropertyMetric(Aggregate):
    def __init__(self, property: PropertyPath) -> None:
        super().__init__(property=_path(property, f"{type(self).__name__}.property"))

    @property
    def property(self) -> list[str]:
        return list(self._body["property"])


class Average(_PropertyMetric):
    """The average of a numeric property."""

    _aggregate_name = "avg"


class Min(_PropertyMetric):
    """The smallest value of a property."""

    _aggregate_name = "min"


class Max(_PropertyMetric):
    """The largest value of a property."""

    _aggregate_name = "max"


class Sum(_PropertyMetric):
    """The sum of a numeric property."""

    _aggregate_name = "sum"


class Count(Aggregate):
    """The number of records (with ``property``: of records that have a value for it)."""

    _aggregate_name = "count"

    def __init__(self, property: PropertyPath | None = None) -> None:
        super().__init__(property=None if property is None else _path(property, "Count.property"))


class UniqueValues(Aggregate):
    """A bucket per distinct value of a property (the ``size`` most frequent), with nested aggregates."""

    _aggregate_name = "uniqueValues"

    def __init__(
        self,
        property: PropertyPath,
        aggregates: Mapping[str, Aggregate | dict[str, Any]] | None = None,
        size: int | None = None,
    ) -> None:
        super().__init__(
            property=_path(property, "UniqueValues.property"),
            aggregates=None if aggregates is None else dump_aggregates(aggregates),
            size=size,
        )


class NumberHistogram(Aggregate):
    """Buckets of ``interval`` width over a numeric property, with nested aggregates."""

    _aggregate_name = "numberHistogram"

    def __init__(
        self,
        property: PropertyPath,
        interval: float,
        aggregates: Mapping[str, Aggregate | dict[str, Any]] | None = None,
        hard_bounds: Mapping[str, float] | None = None,
    ) -> None:
        if isinstance(interval, bool) or not isinstance(interval, (int, float)) or interval <= 0:
            raise ValueError(f"NumberHistogram.interval must be a positive number, got {interval!r}")
        super().__init__(
            property=_path(property, "NumberHistogram.property"),
            interval=interval,
            aggregates=None if aggregates is None else dump_aggregates(aggregates),
            hardBounds=None if hard_bounds is None else dict(hard_bounds),
        )


class TimeHistogram(Aggregate):
    """Time buckets (a calendar interval such as ``1d`` / ``1M``, or a fixed one such as ``90m``)."""

    _aggregate_name = "timeHistogram"

    def __init__(
        self,
        property: PropertyPath,
        *,
        calendar_interval: str | None = None,
        fixed_interval: str | None = None,
        aggregates: Mapping[str, Aggregate | dict[str, Any]] | None = None,
        hard_bounds: Mapping[str, str] | None = None,
    ) -> None:
        if (calendar_interval is None) == (fixed_interval is None):
            raise ValueError("TimeHistogram needs exactly one of calendar_interval and fixed_interval")
        super().__init__(
            property=_path(property, "TimeHistogram.property"),
            calendarInterval=calendar_interval,
            fixedInterval=fixed_interval,
            aggregates=None if aggregates is None else dump_aggregates(aggregates),
            hardBounds=None if hard_bounds is None else dict(hard_bounds),
        )


class Filters(Aggregate):
    """A bucket per filter, with nested aggregates."""

    _aggregate_name = "filters"

    def __init__(
        self,
        filters: Sequence[Filter | dict[str, Any]],
        aggregates: Mapping[str, Aggregate | dict[str, Any]] | None = None,
    ) -> None:
        if not filters:
            raise ValueError("Filters needs at least one filter")
        dumped = [f.dump() if isinstance(f, Filter) else f for f in filters]
        super().__init__(filters=dumped, aggregates=None if aggregates is None else dump_aggregates(aggregates))


class MovingFunctions(str, Enum):
    """The functions of ``MovingFunction``."""

    MAX = "MovingFunctions.max"
    MIN = "MovingFunctions.min"
    SUM = "MovingFunctions.sum"
    UNWEIGHTED_AVG = "MovingFunctions.unweightedAvg"
    LINEAR_WEIGHTED_AVG = "MovingFunctions.linearWeightedAvg"


class MovingFunction(Aggregate):
    """A function over the ``window`` buckets before each bucket of the enclosing histogram.

    ``buckets_path`` names a sibling metric aggregate, or ``_count`` (the buckets' counts).
    """

    _aggregate_name = "movingFunction"

    def __init__(self, buckets_path: str, window: int, function: MovingFunctions | str) -> None:
        if isinstance(window, bool) or not isinstance(window, int) or window < 1:
            raise ValueError(f"MovingFunction.window must be a positive integer, got {window!r}")
        super().__init__(bucketsPath=buckets_path, window=window, function=MovingFunctions(function).value)


class UnknownAggregate(Aggregate):
    """An aggregate in its raw wire form."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return dict(self.raw)


# -- results -----------------------------------------------------------------------------------------------------
class Result(CogniteResource):
    """The result of one aggregate (``Result._load`` picks the class from the wire keys)."""

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Result:
        if len(resource) == 1 and next(iter(resource)) in METRICS:
            ((name, value),) = resource.items()
            return MetricResult(name, value)
        if "fnValue" in resource:
            return MovingFunctionResult(resource["fnValue"])
        for result_cls in (UniqueValuesResult, NumberHistogramResult, TimeHistogramResult, FiltersResult):
            if result_cls._buckets_key in resource:
                return result_cls([Bucket._load(b) for b in resource[result_cls._buckets_key]])
        return UnknownResult(resource)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        raise NotImplementedError


class MetricResult(Result):
    """A metric's value (``aggregate``: avg, count, min, max or sum)."""

    def __init__(self, aggregate: str, value: Any) -> None:
        self.aggregate = aggregate
        self.value = value
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {self.aggregate: self.value}


class MovingFunctionResult(Result):
    """A moving function's value for one bucket."""

    def __init__(self, fn_value: float | None) -> None:
        self.fn_value = fn_value
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"fnValue" if camel_case else "fn_value": self.fn_value}


class UnknownResult(Result):
    """A result in its raw wire form."""

    def __init__(self, raw_result: dict[str, Any]) -> None:
        self.raw_result = raw_result
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return dict(self.raw_result)


class Bucket(CogniteResource):
    """One bucket: its count, its value (unique values) or interval start (histograms), nested results."""

    def __init__(
        self,
        count: int,
        value: Any = None,
        interval_start: float | str | None = None,
        aggregates: dict[str, Result] | None = None,
    ) -> None:
        self.count = count
        self.value = value
        self.interval_start = interval_start
        self.aggregates = aggregates
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Bucket:
        nested = resource.get("aggregates")
        return cls(
            resource["count"],
            resource.get("value"),
            resource.get("intervalStart"),
            None if nested is None else {k: Result._load(v) for k, v in nested.items()},
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"count": self.count}
        if self.value is not None:
            out["value"] = self.value
        if self.interval_start is not None:
            out["intervalStart" if camel_case else "interval_start"] = self.interval_start
        if self.aggregates is not None:
            out["aggregates"] = {k: v.dump(camel_case) for k, v in self.aggregates.items()}
        return out


class BucketResult(Result):
    """The buckets of a bucket aggregate."""

    _buckets_key: ClassVar[str] = ""

    def __init__(self, buckets: Sequence[Bucket]) -> None:
        self._buckets = list(buckets)
        self._cognite_client = None

    @property
    def buckets(self) -> list[Bucket]:
        return self._buckets

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {self._buckets_key: [b.dump(camel_case) for b in self._buckets]}


class UniqueValuesResult(BucketResult):
    _buckets_key = "uniqueValueBuckets"


class NumberHistogramResult(BucketResult):
    _buckets_key = "numberHistogramBuckets"


class TimeHistogramResult(BucketResult):
    _buckets_key = "timeHistogramBuckets"


class FiltersResult(BucketResult):
    _buckets_key = "filterBuckets"
