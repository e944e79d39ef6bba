"""Time arguments and granularities as CDF reads them."""

from __future__ import annotations

import time

import numpy as np
import pytest

from cognite.emulator.datapoints.timespec import Granularity, parse_time
from cognite.emulator.datapoints.zones import parse_zone
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


def test_time_zones() -> None:
    assert parse_zone(None).is_utc and parse_zone("UTC").is_utc
    assert parse_zone("UTC+05:30").offset_at(np.array([0]))[0] == 330 * 60_000
    assert parse_zone("-02:00").offset_at(np.array([0]))[0] == -120 * 60_000
    oslo = parse_zone("Europe/Oslo")
    dst_start = 1_711_846_800_000  # 2024-03-31T01:00Z: clocks go from 02:00 to 03:00
    assert oslo.offset_at(np.array([dst_start - 1, dst_start])).tolist() == [3_600_000, 7_200_000]
    local = oslo.to_local(np.array([dst_start - 1, dst_start]))
    assert oslo.to_utc(local).tolist() == [dst_start - 1, dst_start]
    for bad in ("Mars/Olympus", "UTC+05:10", "UTC+15:00", 5):
        with pytest.raises(CDFError):
            parse_zone(bad)


def test_day_buckets_in_a_region_follow_dst() -> None:
    g = Granularity.parse("1d", "Europe/Oslo")
    origin = g.align(1_711_846_800_000)  # 2024-03-31T01:00Z is 03:00 local; that day began at 23:00Z (still +01:00)
    assert origin == 1_711_839_600_000
    starts = g.bucket_start(np.arange(3), origin)
    assert np.diff(starts).tolist() == [23 * 3_600_000, 24 * 3_600_000]  # the DST day is 23 hours long
    assert g.bucket_index(starts, origin).tolist() == [0, 1, 2]
    assert g.bucket_index(starts - 1, origin).tolist() == [-1, 0, 1]


def test_month_buckets_align_to_calendar_months() -> None:
    g = Granularity.parse("2mo")
    origin = g.align(1_706_745_600_000 + 5)  # 2024-02-01T00:00:00.005Z -> 2024-02-01
    assert origin == 1_706_745_600_000
    starts = g.bucket_start(np.arange(3), origin)
    assert starts.astype("datetime64[ms]").astype(str).tolist() == [
        "2024-02-01T00:00:00.000", "2024-04-01T00:00:00.000", "2024-06-01T00:00:00.000",
    ]  # fmt: skip
    assert g.bucket_index(starts - 1, origin).tolist() == [-1, 0, 1]
