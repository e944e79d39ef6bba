"""Aggregates over stored arrays, vectorised (bucket indices + np.*.reduceat / np.bincount).

Definitions used (CDF's documented semantics; "the function" is the linear interpolation between points, or the
step function for step series, defined from the first to the last point of the series):
- count, sum, min, max, average (sum / count) and discreteVariance (population variance) of the point values in
  the bucket;
- interpolation / stepInterpolation: the function's value at the bucket start (linear / step; step series use step
  for both), undefined before the first point (and after the last, for linear);
- continuousVariance: the time-weighted variance of the function over the part of the bucket it is defined on;
- totalVariation: the sum of |change| of the function inside the bucket, including the change from the interpolated
  value at the bucket start to the first point;
- countGood/Uncertain/Bad: points per status category; durationGood/Uncertain/Bad: time in the bucket during which
  the last point had that status.
Only buckets holding at least one point are returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from cognite.emulator.datapoints.store import status_category
from cognite.emulator.datapoints.timespec import Granularity

AGGREGATES = (
    "average", "max", "maxDatapoint", "min", "minDatapoint", "count", "sum", "interpolation", "stepInterpolation",
    "totalVariation", "continuousVariance", "discreteVariance", "countGood", "countUncertain", "countBad",
    "durationGood", "durationUncertain", "durationBad",
)  # fmt: skip
_FUNCTION_BASED = {"continuousVariance", "totalVariation", "durationGood", "durationUncertain", "durationBad"}


@dataclass
class AggregatePage:
    timestamps: np.ndarray  # bucket starts
    columns: dict[str, np.ndarray] = field(default_factory=dict)  # float64, NaN = undefined in that bucket
    extreme_points: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)  # min/maxDatapoint
    more: bool = False  # buckets with data remain after this page
    encoded: Any = None  # the page's AggregateDatapoints body, when a rollup has it pre-encoded (rollups.py)


def compute(
    ts: np.ndarray,
    values: np.ndarray,
    status: np.ndarray | None,
    *,
    names: list[str],
    granularity: Granularity,
    start: int,
    end: int,
    after: int | None,
    limit: int,
    is_step: bool,
) -> AggregatePage:
    """The first `limit` non-empty buckets of [align(start), end rounded up), skipping buckets starting <= `after`.

    `ts`/`values`/`status` are the series' points already filtered to the ones the query counts (bad points out).
    """
    origin, lower, range_end = window(granularity, start, end, after)
    lo, hi_all = (int(i) for i in np.searchsorted(ts, [lower, range_end], side="left"))
    if hi_all == lo or limit <= 0:
        return AggregatePage(np.empty(0, np.int64), {n: np.empty(0) for n in names}, more=hi_all > lo)
    # Look at a window of whole buckets just large enough to hold `limit` + 1 non-empty ones (growing it for sparse
    # data), so paging through a long series costs each page its own points, not all remaining ones.
    first_bucket = int(granularity.bucket_index(np.array([lower], dtype=np.int64), origin)[0])
    span = limit + 1
    while True:
        window_end = int(granularity.bucket_start(np.array([first_bucket + span]), origin)[0])
        hi = hi_all if window_end >= range_end else int(np.searchsorted(ts, window_end, side="left"))
        t, v = ts[lo:hi], values[lo:hi]
        b = granularity.bucket_index(t, origin)
        starts = np.flatnonzero(np.r_[True, b[1:] != b[:-1]]) if len(t) else np.empty(0, np.int64)
        if len(starts) > limit or hi == hi_all:
            break
        span *= 8
    more = len(starts) > limit
    if more:
        cut = int(starts[limit])
        t, v, b, hi = t[:cut], v[:cut], b[:cut], lo + cut
        starts = starts[:limit]
    buckets = b[starts]
    bucket_ts = granularity.bucket_start(buckets, origin)
    bucket_end = granularity.bucket_start(buckets + 1, origin)
    counts = np.diff(np.r_[starts, len(t)])
    page = AggregatePage(bucket_ts, more=more)
    cols = page.columns
    sums = np.add.reduceat(v, starts)
    mean = sums / counts
    for name in names:
        if name == "count":
            cols[name] = counts.astype(np.float64)
        elif name == "sum":
            cols[name] = sums
        elif name == "average":
            cols[name] = mean
        elif name == "max":
            cols[name] = np.maximum.reduceat(v, starts)
        elif name == "min":
            cols[name] = np.minimum.reduceat(v, starts)
        elif name == "discreteVariance":
            dev = v - np.repeat(mean, counts)
            cols[name] = np.add.reduceat(dev * dev, starts) / counts
        elif name in ("maxDatapoint", "minDatapoint"):
            reduce = np.maximum if name == "maxDatapoint" else np.minimum
            ext = reduce.reduceat(v, starts)
            hit = np.flatnonzero(v == np.repeat(ext, counts))
            _, first = np.unique(np.searchsorted(starts, hit, side="right"), return_index=True)
            page.extreme_points[name] = (t[hit[first]], v[hit[first]])
        elif name in ("countGood", "countUncertain", "countBad"):
            cat = {"countGood": 0, "countUncertain": 1, "countBad": 2}[name]
            if status is None:
                cols[name] = counts.astype(np.float64) if cat == 0 else np.zeros(len(counts))
            else:
                hits = (status_category(status[lo:hi]) == cat).astype(np.float64)
                cols[name] = np.add.reduceat(hits, starts)
    if "interpolation" in names or "stepInterpolation" in names:
        step_vals = _step_at(ts, values, bucket_ts)
        if "stepInterpolation" in names:
            cols["stepInterpolation"] = step_vals
        if "interpolation" in names:
            cols["interpolation"] = step_vals if is_step else _linear_at(ts, values, bucket_ts)
    if _FUNCTION_BASED.intersection(names):
        cols.update(_function_aggregates(ts, values, status, bucket_ts, bucket_end, is_step, names))
    return page


def window(granularity: Granularity, start: int, end: int, after: int | None) -> tuple[int, int, int]:
    """(origin, lower, range_end): the bucket grid's origin and the whole-bucket range [lower, range_end) a query
    covers: from align(start) (or the bucket after the cursor's) to the end of the bucket holding end - 1."""
    origin = granularity.align(start)
    last_bucket = int(granularity.bucket_index(np.array([end - 1], dtype=np.int64), origin)[0])
    range_end = int(granularity.bucket_start(np.array([last_bucket + 1]), origin)[0])
    lower = origin
    if after is not None:
        after_bucket = int(granularity.bucket_index(np.array([after], dtype=np.int64), origin)[0])
        lower = max(origin, int(granularity.bucket_start(np.array([after_bucket + 1]), origin)[0]))
    return origin, lower, range_end


def _step_at(ts: np.ndarray, values: np.ndarray, at: np.ndarray) -> np.ndarray:
    j = np.searchsorted(ts, at, side="right") - 1
    out = np.full(len(at), np.nan)
    ok = j >= 0
    out[ok] = values[j[ok]]
    return out


def _linear_at(ts: np.ndarray, values: np.ndarray, at: np.ndarray) -> np.ndarray:
    j = np.searchsorted(ts, at, side="right") - 1
    out = np.full(len(at), np.nan)
    exact = (j >= 0) & (ts[np.clip(j, 0, None)] == at) if len(ts) else np.zeros(len(at), bool)
    out[exact] = values[j[exact]]
    inner = (j >= 0) & (j + 1 < len(ts)) & ~exact
    j0 = j[inner]
    t0, t1 = ts[j0], ts[j0 + 1]
    v0, v1 = values[j0], values[j0 + 1]
    out[inner] = v0 + (v1 - v0) * ((at[inner] - t0) / (t1 - t0))
    return out


def _function_aggregates(
    ts: np.ndarray,
    values: np.ndarray,
    status: np.ndarray | None,
    bucket_ts: np.ndarray,
    bucket_end: np.ndarray,
    is_step: bool,
    names: list[str],
) -> dict[str, np.ndarray]:
    # Cut the function at every bucket boundary (interpolated points), so each segment between consecutive points
    # lies in one bucket; then integrate per segment and sum per bucket.
    lo = max(int(np.searchsorted(ts, bucket_ts[0], side="left")) - 1, 0)
    hi = min(int(np.searchsorted(ts, bucket_end[-1], side="left")) + 1, len(ts))
    wt, wv = ts[lo:hi], values[lo:hi]
    wc = np.zeros(len(wt), np.int64) if status is None else status_category(status[lo:hi])
    edges = np.sort(np.r_[bucket_ts, bucket_end])
    edges = edges[np.r_[True, edges[1:] != edges[:-1]] & (edges > wt[0]) & (edges < wt[-1])]
    at_point = np.searchsorted(wt, edges)  # inside (wt[0], wt[-1]), so a valid index
    edges = edges[wt[at_point] != edges]  # boundaries that are not already points
    ev = _step_at(wt, wv, edges) if is_step else _linear_at(wt, wv, edges)
    ec = wc[np.searchsorted(wt, edges, side="right") - 1]
    at = np.r_[wt, edges]
    order = np.argsort(at, kind="stable")
    at, av, ac = at[order], np.r_[wv, ev][order], np.r_[wc, ec][order]
    t0, t1, v0, v1, c0 = at[:-1], at[1:], av[:-1], av[1:], ac[:-1]
    dt = (t1 - t0).astype(np.float64)
    nb = len(bucket_ts)
    seg_bucket = _bucket_of(bucket_ts, bucket_end, t0)
    valid = seg_bucket >= 0
    sb, dtv = seg_bucket[valid], dt[valid]
    out: dict[str, np.ndarray] = {}
    total = np.bincount(sb, weights=dtv, minlength=nb)
    if "continuousVariance" in names:
        a, c = v0[valid], v1[valid]
        integral = (a * dtv) if is_step else ((a + c) / 2 * dtv)
        mean = np.divide(np.bincount(sb, weights=integral, minlength=nb), total, out=np.zeros(nb), where=total > 0)
        a, c = a - mean[sb], c - mean[sb]
        sq = (a * a * dtv) if is_step else ((a * a + a * c + c * c) / 3 * dtv)
        out["continuousVariance"] = np.divide(
            np.bincount(sb, weights=sq, minlength=nb), total, out=np.zeros(nb), where=total > 0
        )
    if "totalVariation" in names:
        # A linear segment changes along its length (bucket of its start); a step changes at its end point.
        owner = _bucket_of(bucket_ts, bucket_end, t1) if is_step else seg_bucket
        ok = owner >= 0
        out["totalVariation"] = np.bincount(owner[ok], weights=np.abs(v1 - v0)[ok], minlength=nb)
    for cat, name in enumerate(("durationGood", "durationUncertain", "durationBad")):
        if name in names:
            out[name] = np.bincount(sb, weights=np.where(c0[valid] == cat, dtv, 0.0), minlength=nb)
    return out


def _bucket_of(bucket_ts: np.ndarray, bucket_end: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Index into the returned buckets of each timestamp, -1 when it is in none of them."""
    idx = np.searchsorted(bucket_ts, t, side="right") - 1
    ok = (idx >= 0) & (t < bucket_end[np.clip(idx, 0, None)])
    return np.where(ok, idx, -1)
