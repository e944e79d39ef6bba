"""Public time helpers. The parsing itself lives in one place, `cognite.client._datapoints.timeparse` (shared with
the datapoints API); this module gives it the official SDK's public names and adds the datetime conversions."""

from __future__ import annotations

from datetime import datetime, timezone

from cognite.client._datapoints.limits import MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS
from cognite.client._datapoints.timeparse import _datetime_ms, granularity_ms, normalize_granularity, to_ms

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def timestamp_to_ms(timestamp: int | float | str | datetime) -> int:
    """Epoch milliseconds of a timestamp: ms (int/float, truncated), "now", "<n>(s|m|h|d|w)-ago" / "-ahead", or a
    datetime (naive datetimes are local time). Raises ValueError outside 1900-01-01 .. 2099-12-31.

    Example:
        >>> from cognite.client.utils import timestamp_to_ms
        >>> from datetime import datetime, timezone
        >>> timestamp_to_ms(datetime(2020, 1, 1, tzinfo=timezone.utc))
        1577836800000
        >>> timestamp_to_ms("2d-ago") <= timestamp_to_ms("now") - 2 * 86_400_000
        True
    """
    return to_ms(timestamp)


def datetime_to_ms(dt: datetime) -> int:
    """Epoch milliseconds of a datetime (naive = local time).

    Example:
        >>> from cognite.client.utils import datetime_to_ms
        >>> from datetime import datetime, timezone
        >>> datetime_to_ms(datetime(1970, 1, 1, 0, 0, 1, tzinfo=timezone.utc))
        1000
    """
    if not isinstance(dt, datetime):
        raise TypeError(f"Expected a datetime, got {type(dt).__name__}")
    return _datetime_ms(dt)


def ms_to_datetime(ms: int | float) -> datetime:
    """A timezone-aware UTC datetime from epoch milliseconds (1900-01-01 .. 2099-12-31).

    Example:
        >>> from cognite.client.utils import ms_to_datetime
        >>> ms_to_datetime(1577836800000)
        datetime.datetime(2020, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)
    """
    if isinstance(ms, bool) or not isinstance(ms, (int, float)):
        raise TypeError(f"ms must be a number, got {type(ms).__name__}")
    if not MIN_TIMESTAMP_MS <= ms <= MAX_TIMESTAMP_MS:
        raise ValueError(f"ms={ms} is outside [{MIN_TIMESTAMP_MS}, {MAX_TIMESTAMP_MS}] (1900-01-01 .. 2099-12-31)")
    from datetime import timedelta

    return _EPOCH + timedelta(milliseconds=ms)


def datetime_to_ms_iso_timestamp(dt: datetime) -> str:
    """ISO 8601 with millisecond precision (naive datetimes are local time).

    Example:
        >>> from cognite.client.utils import datetime_to_ms_iso_timestamp
        >>> from datetime import datetime, timezone
        >>> datetime_to_ms_iso_timestamp(datetime(2021, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc))
        '2021-01-02T03:04:05.678+00:00'
    """
    if not isinstance(dt, datetime):
        raise TypeError(f"Expected a datetime, got {type(dt).__name__}")
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt.isoformat(timespec="milliseconds")


def granularity_to_ms(granularity: str) -> int:
    """Width of a granularity in ms ("1h", "2d", "30s", "1week", ...); calendar units (months) have no fixed width.

    Example:
        >>> from cognite.client.utils import granularity_to_ms
        >>> granularity_to_ms("1h"), granularity_to_ms("2d"), granularity_to_ms("1w")
        (3600000, 172800000, 604800000)
    """
    ms = granularity_ms(granularity)
    if ms is None:
        raise ValueError(f"Granularity {granularity!r} is calendar-based (months vary in length); no fixed ms width")
    return ms


def normalize_granularity_str(granularity: str) -> str:
    """The form CDF expects: weeks as days, quarters and years as months ("2weeks" -> "14d", "1q" -> "3mo").

    Example:
        >>> from cognite.client.utils import normalize_granularity_str
        >>> normalize_granularity_str("2weeks"), normalize_granularity_str("1q"), normalize_granularity_str("1year")
        ('14d', '3mo', '12mo')
    """
    return normalize_granularity(granularity)
