"""Seeded, reproducible fault injection: error statuses, latency, dropped connections and short pages.

Rules are checked in the order they were added. Latency rules add up; the first matching status/drop rule
fires. A rule can be scoped to a method and a path (relative to /api/v1/projects/{project}, `*` globs allowed),
limited to a number of firings (`times`) and made probabilistic (`rate`). One seeded RNG drives every decision,
so a sequential test sees the same faults on every run.
"""

from __future__ import annotations

import fnmatch
import random
import re
import threading
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DropWhen = Literal["before", "after"]
_RULE_FIELDS = (
    "operation",
    "status",
    "rate",
    "times",
    "method",
    "path",
    "retry_after",
    "latency",
    "drop",
    "auto_retryable",
    "message",
)


@dataclass
class FaultRule:
    """One fault. `status`, `drop` and `latency` may be combined (latency first, then the status or the drop)."""

    status: int | None = None
    rate: float = 1.0
    times: int | None = None
    method: str | None = None
    path: str | None = None
    retry_after: float | None = None
    latency: float = 0.0
    drop: DropWhen | None = None
    auto_retryable: bool = False
    message: str | None = None
    operation: str | None = None  # the spec's operationId the rule was scoped to, if any
    fired: int = field(default=0, compare=False)
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.status is not None and not 400 <= self.status <= 599:
            raise ValueError(f"status must be an HTTP error status (400-599), got {self.status}")
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"rate must be within [0, 1], got {self.rate}")
        if self.times is not None and self.times < 0:
            raise ValueError(f"times must be >= 0, got {self.times}")
        if self.latency < 0:
            raise ValueError(f"latency must be >= 0 seconds, got {self.latency}")
        if self.drop not in (None, "before", "after"):
            raise ValueError(f"drop must be None, 'before' or 'after', got {self.drop!r}")
        if self.status is None and self.drop is None and not self.latency:
            raise ValueError("a fault rule needs at least one of status, drop or latency")
        if self.method:
            self.method = self.method.upper()
        if self.path and "{" in self.path:  # a spec path template: /assets/{id}
            self._pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(self.path)) + "$")

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times

    def matches(self, method: str, path: str, in_project: bool = True) -> bool:
        if self.method and self.method != method:
            return False
        if self.path is None:
            return in_project  # unscoped rules hit the API, not the token endpoint

        if self._pattern is not None:
            return self._pattern.match(path) is not None
        if "*" in self.path or "?" in self.path:
            return fnmatch.fnmatchcase(path, self.path)
        return path == self.path

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("_pattern", None)
        return out


@dataclass
class FaultDecision:
    """What the middleware must do with one request."""

    latency: float = 0.0
    rule: FaultRule | None = None  # a status or drop rule that fired


@dataclass
class _ShortPages:
    max_size: int
    rate: float


class Faults:
    """Fault injection shared by every route (and by the datapoints service through `short_page`).

    Example:
        >>> faults = Faults(seed=1)
        >>> _ = faults.fail(429, times=2, on="POST /assets/list", retry_after=1)
        >>> _ = faults.add(latency=0.01, rate=0.5)
        >>> faults.short_pages(max_size=300)
        >>> faults.short_page(1000)
        300
    """

    def __init__(self, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._seed = seed
        self._rng = random.Random(seed)
        self._rules: list[FaultRule] = []
        self._short: _ShortPages | None = None

    # -- configuration -------------------------------------------------------------------------------------------
    @property
    def rules(self) -> list[FaultRule]:
        return list(self._rules)

    def add(
        self,
        *,
        status: int | None = None,
        rate: float = 1.0,
        times: int | None = None,
        on: str | None = None,
        method: str | None = None,
        path: str | None = None,
        retry_after: float | None = None,
        latency: float = 0.0,
        drop: DropWhen | None = None,
        auto_retryable: bool = False,
        message: str | None = None,
        operation: str | None = None,
    ) -> FaultRule:
        """Add a rule. `on="POST /assets"` is shorthand for method + path; `operation="listAssets"` scopes the rule
        to the spec's operation (its method and path template).

        Example:
            >>> Faults().add(status=503, times=1, on="POST /timeseries/data")
            FaultRule(status=503, rate=1.0, times=1, method='POST', path='/timeseries/data', ...)
            >>> Faults().add(status=500, operation="getAsset").path
            '/assets/{id}'
        """
        if on is not None and operation is not None:
            raise ValueError("give either on= or operation=, not both")
        if on is not None:
            method, path = _parse_on(on)
        if operation is not None:
            method, path = _operation_route(operation)
        rule = FaultRule(
            status=status,
            rate=rate,
            times=times,
            method=method,
            path=path,
            retry_after=retry_after,
            latency=latency,
            drop=drop,
            auto_retryable=auto_retryable,
            message=message,
            operation=operation,
        )
        with self._lock:
            self._rules.append(rule)
        return rule

    def fail(
        self, status: int, *, times: int | None = 1, rate: float = 1.0, on: str | None = None, **kwargs: Any
    ) -> FaultRule:
        """Answer matching requests with `status` (default: once).

        Example:
            >>> _ = Faults().fail(429, times=3, on="POST /assets/list", retry_after=0.1)
        """
        return self.add(status=status, times=times, rate=rate, on=on, **kwargs)

    def delay(self, seconds: float, *, rate: float = 1.0, on: str | None = None, times: int | None = None) -> FaultRule:
        """Add latency to matching requests.

        Example:
            >>> _ = Faults().delay(0.05, rate=0.5)
        """
        return self.add(latency=seconds, rate=rate, on=on, times=times)

    def drop_connections(
        self, *, rate: float = 1.0, times: int | None = 1, on: str | None = None, after: bool = False
    ) -> FaultRule:
        """Close the connection without an (complete) answer. `after=True` processes the request first,
        so the client cannot know whether e.g. a create happened.

        Example:
            >>> _ = Faults().drop_connections(times=1, on="POST /assets", after=True)
        """
        return self.add(drop="after" if after else "before", rate=rate, times=times, on=on)

    def short_pages(self, max_size: int, *, rate: float = 1.0) -> None:
        """Serve list pages of at most `max_size` items (with a cursor to the rest), for `rate` of the pages.

        Example:
            >>> Faults().short_pages(max_size=100)
        """
        if max_size < 1:
            raise ValueError(f"max_size must be >= 1, got {max_size}")
        if not 0.0 <= rate <= 1.0:
            raise ValueError(f"rate must be within [0, 1], got {rate}")
        with self._lock:
            self._short = _ShortPages(max_size, rate)

    def clear(self) -> None:
        """Remove every rule and the short-page setting, and restart the RNG from the seed."""
        with self._lock:
            self._rules.clear()
            self._short = None
            self._rng = random.Random(self._seed)

    def reseed(self, seed: int) -> None:
        with self._lock:
            self._seed = seed
            self._rng = random.Random(seed)

    # -- decisions -------------------------------------------------------------------------------------------
    def decide(self, method: str, path: str, in_project: bool = True) -> FaultDecision | None:
        """The faults to apply to one request (None: serve it normally). Called once per request.
        `path` is relative to the project for API paths (`in_project`), else the full path (e.g. /oauth2/token)."""
        if not self._rules:
            return None
        decision = FaultDecision()
        with self._lock:
            for rule in self._rules:
                if rule.exhausted or not rule.matches(method, path, in_project):
                    continue
                if rule.rate < 1.0 and self._rng.random() >= rule.rate:
                    continue
                is_terminal = rule.status is not None or rule.drop is not None
                if is_terminal and decision.rule is not None:
                    continue
                rule.fired += 1
                decision.latency += rule.latency
                if is_terminal:
                    decision.rule = rule
        if decision.rule is None and not decision.latency:
            return None
        return decision

    def short_page(self, limit: int) -> int:
        """The page size to serve for a requested `limit` (smaller when short pages are injected)."""
        short = self._short
        if short is None or limit <= short.max_size:
            return limit
        if short.rate < 1.0:
            with self._lock:
                if self._rng.random() >= short.rate:
                    return limit
        return short.max_size

    # -- (de)serialisation for the HTTP control endpoint and the CLI --------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        short = self._short
        return {
            "seed": self._seed,
            "rules": [r.to_dict() for r in self._rules],
            "shortPages": None if short is None else {"maxSize": short.max_size, "rate": short.rate},
        }

    def configure(self, spec: dict[str, Any]) -> None:
        """Add rules from a JSON object: {"rules": [{...FaultRule fields, or "on"}], "shortPages": {...}, "seed"}."""
        if "seed" in spec:
            self.reseed(int(spec["seed"]))
        for raw in spec.get("rules", []):
            unknown = set(raw) - set(_RULE_FIELDS) - {"on"}
            if unknown:
                raise ValueError(f"Unknown fault rule fields: {sorted(unknown)}")
            self.add(**raw)
        short = spec.get("shortPages")
        if short:
            self.short_pages(int(short["maxSize"]), rate=float(short.get("rate", 1.0)))


def _operation_route(operation_id: str) -> tuple[str, str]:
    """(method, path) of a spec operation, from the generated layer's operation index."""
    try:
        from cdf_api.operations import OPERATIONS
    except ImportError as e:
        raise ValueError(f"operation= needs the generated layer (cdf_api), which is not importable: {e}") from e
    info = OPERATIONS.get(operation_id)
    if info is None:
        raise ValueError(f"Unknown operationId {operation_id!r}")
    path = info.path if info.base == "project" else "/api/v1" + info.path
    return info.method, path


def _parse_on(on: str) -> tuple[str | None, str | None]:
    parts = on.split(None, 1)
    if len(parts) == 2:
        return parts[0].upper(), parts[1]
    if on.startswith("/") or "*" in on:
        return None, on
    return on.upper(), None
