"""Aggregate names: the API's camelCase, the SDK's snake_case, and their protobuf field numbers."""

from __future__ import annotations

import re

# AggregateDatapoint fields in data_points.proto (field 1 is the timestamp).
PROTO_FIELDS: dict[int, str] = {
    2: "average",
    3: "max",
    4: "min",
    5: "count",
    6: "sum",
    7: "interpolation",
    8: "stepInterpolation",
    9: "continuousVariance",
    10: "discreteVariance",
    11: "totalVariation",
    12: "countGood",
    13: "countUncertain",
    14: "countBad",
    15: "durationGood",
    16: "durationUncertain",
    17: "durationBad",
}
# Message-valued aggregates (a whole NumericDatapoint): decoded on the general path.
PROTO_DATAPOINT_FIELDS: dict[int, str] = {18: "maxDatapoint", 19: "minDatapoint"}

CAMEL_AGGREGATES: tuple[str, ...] = (*PROTO_FIELDS.values(), *PROTO_DATAPOINT_FIELDS.values())
# Integer-valued aggregates (counts and durations in ms); CDF sends them as doubles.
INT_AGGREGATES = frozenset(
    {"count", "countGood", "countUncertain", "countBad", "durationGood", "durationUncertain", "durationBad"}
)


def to_snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def to_camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


SNAKE_AGGREGATES: tuple[str, ...] = tuple(to_snake(a) for a in CAMEL_AGGREGATES)
_BY_ANY: dict[str, str] = {**{a: a for a in CAMEL_AGGREGATES}, **{to_snake(a): a for a in CAMEL_AGGREGATES}}


def normalize_aggregate(name: str) -> str:
    """The API (camelCase) name of an aggregate given in either spelling; ValueError for unknown names.

    >>> normalize_aggregate("step_interpolation")
    'stepInterpolation'
    """
    if not isinstance(name, str):
        raise TypeError(f"Aggregate names must be strings, got {type(name).__name__}")
    try:
        return _BY_ANY[name]
    except KeyError:
        raise ValueError(f"Unknown aggregate {name!r}; expected one of {sorted(SNAKE_AGGREGATES)}") from None
