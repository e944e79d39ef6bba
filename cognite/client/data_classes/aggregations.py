"""Aggregate results (``UniqueResult(List)``) and the filters of an aggregate's buckets (``aggregate_filter=``)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any, ClassVar

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList

__all__ = [
    "AggregationFilter",
    "And",
    "In",
    "Not",
    "Or",
    "Prefix",
    "Range",
    "UniqueResult",
    "UniqueResultList",
]

FilterValue = str | int | float | bool


class UniqueResult(CogniteResource):
    """One bucket of ``aggregate_unique_values`` / ``aggregate_unique_properties``: its ``values`` and ``count``.

    Example:
        >>> from cognite.client.data_classes.aggregations import UniqueResult
        >>> r = UniqueResult._load({"count": 3, "values": ["pump"]})
        >>> (r.value, r.count)
        ('pump', 3)
    """

    _fields = ("count", "values")
    _positional = ("count", "values")
    count: int
    values: list[str | int | float | dict[str, Any]]  # a property aggregate's bucket holds the key path (dicts)

    @property
    def value(self) -> str | int | float | dict[str, Any]:
        """The bucket's (first) value."""
        return self.values[0]

    def __getitem__(self, key: str) -> Any:  # the older dict form: r["values"], r["count"]
        if key not in ("count", "values"):
            raise KeyError(key)
        return getattr(self, key)


class UniqueResultList(CogniteResourceList[UniqueResult]):
    """The buckets of a unique-values aggregate, most frequent first."""

    _RESOURCE = UniqueResult

    @property
    def unique(self) -> list[Any]:
        """The buckets' values."""
        return [item.value for item in self]


class AggregationFilter(ABC):
    """A filter on the buckets of an aggregate (``aggregate_filter=``), dumped as ``{name: body}``."""

    _filter_name: ClassVar[str]

    def dump(self) -> dict[str, Any]:
        return {self._filter_name: self._filter_body()}

    @abstractmethod
    def _filter_body(self) -> Any: ...


class _Compound(AggregationFilter):
    def __init__(self, *filters: AggregationFilter) -> None:
        self._filters = filters

    def _filter_body(self) -> Any:
        return [f.dump() for f in self._filters]


class And(_Compound):
    _filter_name = "and"


class Or(_Compound):
    _filter_name = "or"


class Not(AggregationFilter):
    _filter_name = "not"

    def __init__(self, filter: AggregationFilter) -> None:
        self._filter = filter

    def _filter_body(self) -> Any:
        return self._filter.dump()


class Prefix(AggregationFilter):
    _filter_name = "prefix"

    def __init__(self, value: FilterValue) -> None:
        self._value = value

    def _filter_body(self) -> Any:
        return {"value": self._value}


class In(AggregationFilter):
    _filter_name = "in"

    def __init__(self, values: Sequence[FilterValue]) -> None:
        self._values = list(values)

    def _filter_body(self) -> Any:
        return {"values": self._values}


class Range(AggregationFilter):
    _filter_name = "range"

    def __init__(
        self,
        gt: str | int | float | None = None,
        gte: str | int | float | None = None,
        lt: str | int | float | None = None,
        lte: str | int | float | None = None,
    ) -> None:
        self._bounds = {"gt": gt, "gte": gte, "lt": lt, "lte": lte}

    def _filter_body(self) -> Any:
        return {k: v for k, v in self._bounds.items() if v is not None}


def dump_aggregate_filter(flt: AggregationFilter | dict[str, Any] | None) -> dict[str, Any] | None:
    """An ``AggregationFilter`` or a wire dict as the wire ``aggregateFilter``."""
    if flt is None or isinstance(flt, dict):
        return flt
    if not isinstance(flt, AggregationFilter):
        raise TypeError(f"aggregate_filter must be an AggregationFilter or a dict, not {type(flt).__name__}")
    return flt.dump()


# -- data modeling aggregations (``instances.aggregate`` / ``instances.histogram``) --------------------------------
class MetricAggregation:
    """A metric over one property: ``Count("name")``, ``Avg("flow")`` ...

    Example:
        >>> from cognite.client.data_classes.aggregations import Avg
        >>> Avg("flow").dump()
        {'avg': {'property': 'flow'}}
    """

    _aggregation_name: ClassVar[str]

    def __init__(self, property: str) -> None:
        if not isinstance(property, str):
            raise TypeError(f"{type(self).__name__}.property must be a str, got {property!r}")
        self.property = property

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {self._aggregation_name: {"property": self.property}}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.dump() == other.dump()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self._aggregation_name, self.property))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(property={self.property!r})"


class Count(MetricAggregation):
    _aggregation_name = "count"


class Average(MetricAggregation):
    _aggregation_name = "avg"


Avg = Average  # the official SDK's two names of one class


class Min(MetricAggregation):
    _aggregation_name = "min"


class Max(MetricAggregation):
    _aggregation_name = "max"


class Sum(MetricAggregation):
    _aggregation_name = "sum"


class Histogram:
    """Buckets of ``interval`` width over a numeric property."""

    def __init__(self, property: str, interval: float) -> None:
        if not isinstance(property, str):
            raise TypeError(f"Histogram.property must be a str, got {property!r}")
        if isinstance(interval, bool) or not isinstance(interval, (int, float)) or interval <= 0:
            raise ValueError(f"Histogram.interval must be a positive number, got {interval!r}")
        self.property = property
        self.interval = interval

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"histogram": {"property": self.property, "interval": self.interval}}

    def __repr__(self) -> str:
        return f"Histogram(property={self.property!r}, interval={self.interval!r})"


class AggregatedNumberedValue(CogniteResource):
    """One metric's answer: ``aggregate`` ("avg" ...), ``property`` and ``value``."""

    def __init__(self, property: str, value: float | None, aggregate: str = "") -> None:
        self.aggregate = aggregate
        self.property = property
        self.value = value
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> AggregatedNumberedValue:
        return cls(resource["property"], resource.get("value"), resource.get("aggregate", ""))

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"aggregate": self.aggregate, "property": self.property, "value": self.value}


class Bucket:
    def __init__(self, start: float, count: int) -> None:
        self.start = start
        self.count = count

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"start": self.start, "count": self.count}

    def __repr__(self) -> str:
        return f"Bucket(start={self.start!r}, count={self.count!r})"


class HistogramValue(CogniteResource):
    """A histogram's answer: its ``buckets`` (start, count)."""

    def __init__(self, property: str, interval: float, buckets: Sequence[Bucket]) -> None:
        self.aggregate = "histogram"
        self.property = property
        self.interval = interval
        self.buckets = list(buckets)
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> HistogramValue:
        buckets = [Bucket(b["start"], b["count"]) for b in resource.get("buckets") or []]
        return cls(resource["property"], resource["interval"], buckets)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {
            "aggregate": "histogram",
            "property": self.property,
            "interval": self.interval,
            "buckets": [b.dump() for b in self.buckets],
        }


__all__ += [
    "AggregatedNumberedValue",
    "Average",
    "Avg",
    "Bucket",
    "Count",
    "Histogram",
    "HistogramValue",
    "Max",
    "MetricAggregation",
    "Min",
    "Sum",
]
