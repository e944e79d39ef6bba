"""Retry decisions: which requests may be repeated, and how long to wait between attempts.

- 429 is always retried (the server did not process the request).
- 502/503/504 and read/write errors only when the operation is safe to repeat (`OperationRequest.retryable`, set
  per operation by the generator; raw-path calls use `is_retryable_path` below).
- A response carrying `cdf-is-auto-retryable: true` is retried whatever the operation.
- Connection errors before anything was sent are always retried (up to `max_retries_connect`).
- Wait: the server's Retry-After when given, else full-jitter exponential backoff U(0, min(cap, 0.5 * 2^n)).
"""

from __future__ import annotations

import email.utils
import random
import re
import time
from collections.abc import Callable

import httpx

from cognite.client._spec_facts import is_retryable_operation

_RETRY_BASE = 0.5

# POSTs that only read, or that are idempotent writes (upserts, updates, datapoint and row writes).
_IDEMPOTENT_POST_SUFFIX = re.compile(
    r"/(list|byids|search|aggregate|update|filter|query|sync|latest|cursors|inspect|byids/delete)$"
)
_IDEMPOTENT_POST_PATH = re.compile(
    r"^/(timeseries/(data|synthetic)(/|$)|sequences/data(/|$)|raw/dbs/[^/]+/tables/[^/]+/rows(/|$)|models/)"
)
_READ_POST_SUFFIX = re.compile(r"/(list|byids|search|aggregate|filter|query|sync|latest|cursors|inspect)$")


_PREFIX = re.compile(r"^(https?://[^/]+)?(/api/v1/projects/[^/]+)?")


def _project_relative(path: str) -> str:
    """ "/assets/list" for "/assets/list", "/api/v1/projects/p/assets/list" or "https://host/api/v1/projects/p/assets/list"."""
    return _PREFIX.sub("", path.split("?", 1)[0], count=1).rstrip("/")


def is_retryable_path(method: str, path: str) -> bool:
    """Whether a raw-path request is safe to repeat after a 5xx / lost connection.

    Example:
        >>> from cognite.client._http.retry import is_retryable_path
        >>> is_retryable_path("POST", "/assets"), is_retryable_path("POST", "/assets/list")
        (False, True)
    """
    method = method.upper()
    if method != "POST":
        return method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
    path = _project_relative(path)
    known = is_retryable_operation(method, path)  # the spec's operations: the generated index says
    if known is not None:
        return known
    return bool(_IDEMPOTENT_POST_SUFFIX.search(path) or _IDEMPOTENT_POST_PATH.search(path))


def classify_concurrency(method: str, path: str) -> tuple[str, str]:
    """(category, operation) of a request, for the concurrency semaphores.

    Example:
        >>> from cognite.client._http.retry import classify_concurrency
        >>> classify_concurrency("POST", "/raw/dbs/db/tables/t/rows"), classify_concurrency("POST", "/assets/list")
        (('raw', 'write'), ('general', 'read'))
    """
    path = _project_relative(path)
    if path.startswith("/raw/"):
        category = "raw"
    elif path.startswith(("/timeseries/data", "/timeseries/synthetic", "/timeseries/subscriptions")):
        category = "datapoints"
    elif path.startswith("/models/"):
        category = "data_modeling"
    elif path.startswith("/files"):
        category = "files"
    else:
        category = "general"
    method = method.upper()
    if method in ("GET", "HEAD", "OPTIONS"):
        op = "read"
    elif method == "DELETE" or path.endswith("/delete"):
        op = "delete"
    elif method == "POST" and (_READ_POST_SUFFIX.search(path) or path == "/timeseries/data/list"):
        op = "search" if category == "data_modeling" and path.endswith("/search") else "read"
    else:
        op = "write"
    return category, op


def retry_after_seconds(response: httpx.Response, now: Callable[[], float] = time.time) -> float | None:
    """The response's Retry-After (delta-seconds or HTTP date) in seconds, or None."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now())


def is_auto_retryable(response: httpx.Response) -> bool:
    return response.headers.get("cdf-is-auto-retryable", "").strip().lower() in ("true", "1", "yes")


def backoff_seconds(retry_number: int, cap: float, rng: Callable[[float, float], float] = random.uniform) -> float:
    """Full jitter: uniform in [0, min(cap, 0.5 * 2**retry_number)]."""
    return rng(0.0, min(cap, _RETRY_BASE * 2 ** min(retry_number, 30)))
