"""Time arguments and granularities as CDF reads them."""

from __future__ import annotations

import time

import numpy as np
import pytest

from cognite.emulator.datapoints.timespec import Granularity, parse_time, parse_time_zone
from cognite.emulator.http import CDFError


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1h", (1, "h")), ("2hours", (2, "h")), ("1mo", (1, "mo")), ("3months", (3, "mo")), ("day", (1, "d")),
     ("120s", (120, "s")), ("5min", (5, "m")), ("1m", (1, "m")), ("100000d", (100_000, "d"))],
)  # fmt: skip
def test_granularity_parse(text: str, expected: tuple[int, str]) -> None:
    g = Granularity.parse(text)
    assert (g.multiple, g.unit) == expected


@pytest.mark.parametrize("text", ["1ms", "0h", "121s", "121m", "100001d", "1w", "h1", "", 5, None])
def test_granularity_rejects(text: object) -> None:
    with pytest.raises(CDFError) as e:
        Granularity.parse(text)
    assert e.value.code == 400


def test_parse_time_forms() -> None:
    now = int(time.time() * 1000)
    assert parse_time(123, "start") == 123 and parse_time("-5", "start") == -5
    assert abs(parse_time("now", "end") - now) < 60_000
    assert abs(parse_time("2d-ago", "start") - (now - 2 * 86_400_000)) < 60_000
    assert abs(parse_time("3w-ahead", "end") - (now + 3 * 604_800_000)) < 60_000
    assert parse_time(None, "start", default=7) == 7
    for bad in ("tomorrow", True, 1.5, "2x-ago"):
        with pytest.raises(CDFError):
            parse_time(bad, "start")


def test_time_zone_offsets() -> None:
    assert parse_time_zone(None) == parse_time_zone("UTC") == 0
    assert parse_time_zone("UTC+05:30") == 330 * 60_000
    assert parse_time_zone("-02:00") == -120 * 60_000
    for bad in ("Europe/Oslo", "UTC+05:10", "UTC+15:00"):
        with pytest.raises(CDFError):
            parse_time_zone(bad)


def test_month_buckets_align_to_calendar_months() -> None:
    g = Granularity.parse("2mo")
    origin = g.align(1_706_745_600_000 + 5)  # 2024-02-01T00:00:00.005Z -> 2024-02-01
    assert origin == 1_706_745_600_000
    starts = g.bucket_start(np.arange(3), origin)
    assert starts.astype("datetime64[ms]").astype(str).tolist() == [
        "2024-02-01T00:00:00.000", "2024-04-01T00:00:00.000", "2024-06-01T00:00:00.000",
    ]  # fmt: skip
    assert g.bucket_index(starts - 1, origin).tolist() == [-1, 0, 1]
