"""CDF's datapoint request limits, in one place (API docs: /timeseries/data, /data/list, /data/latest)."""

from __future__ import annotations

#: Time series per `POST /timeseries/data/list` request.
FETCH_TS_LIMIT = 100
#: Raw datapoints per list request, shared by all items of the request.
DPS_LIMIT_RAW = 100_000
#: Aggregate datapoints per list request, shared by all items of the request (independent of the raw budget).
DPS_LIMIT_AGG = 10_000
#: Datapoints per insert request, across all its series.
INSERT_DPS_LIMIT = 100_000
#: Time series objects per insert request.
INSERT_TS_LIMIT = 10_000
#: Datapoints per series per chunk when iterating (`client.time_series.data(queries)`), the official default.
DEFAULT_CHUNK_SIZE_DATAPOINTS = 100_000
#: Items per `POST /timeseries/data/latest` request.
LATEST_LIMIT = 100
#: Ranges per `POST /timeseries/data/delete` request.
DELETE_LIMIT = 10_000
#: Expressions per synthetic query request, and datapoints per expression per request.
SYNTHETIC_QUERY_LIMIT = 100
SYNTHETIC_DPS_LIMIT = 10_000

#: Timestamps CDF accepts (1900-01-01 .. 2099-12-31T23:59:59.999).
MIN_TIMESTAMP_MS = -2_208_988_800_000
MAX_TIMESTAMP_MS = 4_102_444_799_999
#: Numeric values must lie strictly inside (-1e100, 1e100); NaN/Inf are special values CDF accepts.
MAX_ABS_NUMERIC = 1e100
#: String values, in UTF-8 bytes.
MAX_STRING_BYTES = 1023
