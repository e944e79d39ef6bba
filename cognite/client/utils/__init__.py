"""Public utilities: time conversions and constants.

Example:
    >>> from cognite.client.utils import timestamp_to_ms, ms_to_datetime, MIN_TIMESTAMP_MS, MAX_TIMESTAMP_MS
    >>> ms_to_datetime(timestamp_to_ms("1d-ago")).tzinfo is not None
    True
"""

from zoneinfo import ZoneInfo

from cognite.client._datapoints.limits import MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS
from cognite.client.utils._time import (
    datetime_to_ms,
    datetime_to_ms_iso_timestamp,
    granularity_to_ms,
    ms_to_datetime,
    normalize_granularity_str,
    timestamp_to_ms,
)

__all__ = [
    "MAX_TIMESTAMP_MS",
    "MIN_TIMESTAMP_MS",
    "ZoneInfo",
    "datetime_to_ms",
    "datetime_to_ms_iso_timestamp",
    "granularity_to_ms",
    "ms_to_datetime",
    "normalize_granularity_str",
    "timestamp_to_ms",
]
