"""cognite.client.utils: time conversions."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from cognite.client.utils import (
    MAX_TIMESTAMP_MS,
    MIN_TIMESTAMP_MS,
    datetime_to_ms,
    datetime_to_ms_iso_timestamp,
    granularity_to_ms,
    ms_to_datetime,
    normalize_granularity_str,
    timestamp_to_ms,
)


def test_timestamp_to_ms_forms():
    assert timestamp_to_ms(1_600_000_000_000) == 1_600_000_000_000
    assert timestamp_to_ms(1.9) == 1
    assert timestamp_to_ms(datetime(2020, 1, 1, tzinfo=timezone.utc)) == 1_577_836_800_000
    before = int(time.time() * 1000)
    two_weeks = timestamp_to_ms("2w-ago")
    ahead = timestamp_to_ms("3d-ahead")
    after = int(time.time() * 1000)
    assert before - 14 * 86_400_000 <= two_weeks <= after - 14 * 86_400_000
    assert before + 3 * 86_400_000 <= ahead <= after + 3 * 86_400_000
    for unit, ms in (("s", 1000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000)):
        now = timestamp_to_ms("now")
        assert abs(now - ms * 5 - timestamp_to_ms(f"5{unit}-ago")) < 5_000
    with pytest.raises(ValueError):
        timestamp_to_ms("yesterday")
    with pytest.raises(ValueError):
        timestamp_to_ms(MIN_TIMESTAMP_MS - 1)
    with pytest.raises(TypeError):
        timestamp_to_ms(True)  # type: ignore[arg-type]


def test_naive_datetime_is_local_time(monkeypatch: pytest.MonkeyPatch):
    # Pin a local zone away from UTC: on a UTC machine "local" and "UTC" would agree and the test could not fail.
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        naive = datetime(2021, 6, 1, 12, 0)
        assert datetime_to_ms(naive) == 1_622_529_000_000  # 12:00 IST = 06:30 UTC
        assert datetime_to_ms(naive) == datetime_to_ms(naive.astimezone())
    finally:
        monkeypatch.undo()
        time.tzset()


def test_ms_to_datetime_round_trip_and_bounds():
    dt = ms_to_datetime(1_577_836_800_123)
    assert dt == datetime(2020, 1, 1, 0, 0, 0, 123000, tzinfo=timezone.utc)
    assert datetime_to_ms(dt) == 1_577_836_800_123
    assert ms_to_datetime(MIN_TIMESTAMP_MS).year == 1900
    assert ms_to_datetime(MAX_TIMESTAMP_MS) == datetime(2099, 12, 31, 23, 59, 59, 999000, tzinfo=timezone.utc)
    with pytest.raises(ValueError):
        ms_to_datetime(MAX_TIMESTAMP_MS + 1)
    assert ms_to_datetime(-1) == datetime(1970, 1, 1, tzinfo=timezone.utc) - timedelta(milliseconds=1)


def test_iso_and_granularity():
    assert datetime_to_ms_iso_timestamp(datetime(2021, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc)).endswith(
        "05.678+00:00"
    )
    assert granularity_to_ms("1h") == 3_600_000
    assert granularity_to_ms("2d") == 2 * 86_400_000
    assert granularity_to_ms("30s") == 30_000
    assert granularity_to_ms("15m") == 900_000
    assert normalize_granularity_str("2weeks") == "14d"
    assert normalize_granularity_str("1q") == "3mo"
    with pytest.raises(ValueError, match="calendar"):
        granularity_to_ms("1month")
    with pytest.raises(ValueError):
        granularity_to_ms("1fortnight")
