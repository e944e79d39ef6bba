"""Argument types of the datapoints surface (the official SDK's spellings), for annotations only."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    import numpy as np

    from cognite.client.data_classes.datapoints import (
        Datapoints,
        DatapointsArray,
        DatapointsQuery,
        LatestDatapointQuery,
    )
    from cognite.client.utils.useful_types import NodeIdLike, SequenceNotStr, SupportsNodeId


# The official `Aggregate` literal; plain strings (camelCase too) are accepted as well.
Aggregate: TypeAlias = Literal[
    "average",
    "continuous_variance",
    "count",
    "count_bad",
    "count_good",
    "count_uncertain",
    "discrete_variance",
    "duration_bad",
    "duration_good",
    "duration_uncertain",
    "interpolation",
    "max",
    "max_datapoint",
    "min",
    "min_datapoint",
    "step_interpolation",
    "sum",
    "total_variation",
]
TimeLike: TypeAlias = "int | float | str | datetime.datetime"
TimeZoneLike: TypeAlias = "str | datetime.timezone | ZoneInfo"
AggregatesArg: TypeAlias = "Aggregate | str | list[Aggregate | str]"

# Identifier arguments of retrieve / retrieve_arrays / retrieve_dataframe (one, or a sequence).
IdArg: TypeAlias = "int | DatapointsQuery"
IdSeqArg: TypeAlias = "Sequence[int | DatapointsQuery]"
XidArg: TypeAlias = "str | DatapointsQuery"
XidSeqArg: TypeAlias = "SequenceNotStr[str | DatapointsQuery]"
InstArg: TypeAlias = "SupportsNodeId | DatapointsQuery"
InstSeqArg: TypeAlias = "Sequence[NodeIdLike | DatapointsQuery]"
# ... and of retrieve_latest.
LatestIdArg: TypeAlias = "int | LatestDatapointQuery"
LatestIdSeqArg: TypeAlias = "Sequence[int | LatestDatapointQuery]"
LatestXidArg: TypeAlias = "str | LatestDatapointQuery"
LatestXidSeqArg: TypeAlias = "SequenceNotStr[str | LatestDatapointQuery]"
LatestInstArg: TypeAlias = "SupportsNodeId | LatestDatapointQuery"
LatestInstSeqArg: TypeAlias = "Sequence[NodeIdLike | LatestDatapointQuery]"

# What `insert` takes: the official shapes, plus (timestamps, values) arrays / an (n, 2) array.
DatapointsInsertArg: TypeAlias = (
    "Datapoints | DatapointsArray | Sequence[dict[str, int | float | str | datetime.datetime]]"
    " | Sequence[tuple[int | float | datetime.datetime, int | float | str]"
    " | tuple[int | float | datetime.datetime, int | float | str, int]]"
    " | tuple[np.ndarray, np.ndarray] | np.ndarray"
)
