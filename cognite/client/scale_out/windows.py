"""Datapoint partitions: split one series' [start, end) into time windows holding about `target` points each.

The density comes from CDF's `count` aggregate over coarse buckets (one request per series, planned on the
driver); windows are cut at bucket edges so each holds close to `target` points. A series without counts is one
window. Windows of a series are disjoint, ordered and cover [start, end) exactly, so their union is the series.
"""

from __future__ import annotations

from collections.abc import Sequence


def split_by_counts(
    start: int, end: int, bucket_starts: Sequence[int], counts: Sequence[int], target: int
) -> list[tuple[int, int]]:
    """Windows [a, b) of [start, end) with about `target` points each, cut at the given bucket starts.

    Example:
        >>> split_by_counts(0, 40, [0, 10, 20, 30], [5, 5, 5, 5], target=10)
        [(0, 20), (20, 40)]
    """
    if end <= start:
        raise ValueError(f"end must be after start, got [{start}, {end})")
    if target < 1:
        raise ValueError(f"target must be >= 1 point per window, got {target}")
    if len(bucket_starts) != len(counts):
        raise ValueError("bucket_starts and counts must have the same length")
    windows: list[tuple[int, int]] = []
    lo, held = start, 0
    for edge, n in zip(bucket_starts, counts, strict=True):
        if edge <= lo:  # the first bucket (or one starting before the range): its points belong to this window
            held += n
            continue
        if edge >= end:
            break
        if held and held + n > target:
            windows.append((lo, edge))
            lo, held = edge, 0
        held += n
    windows.append((lo, end))
    return windows
