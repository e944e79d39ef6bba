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
    values: list[Any]

    @property
    def value(self) -> Any:
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
