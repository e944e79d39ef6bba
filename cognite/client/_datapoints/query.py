"""Validated, per-series datapoint queries: what the user asked for, normalised before anything is sent."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .aggregates import normalize_aggregate
from .limits import DPS_LIMIT_AGG, DPS_LIMIT_RAW
from .timeparse import granularity_ms, granularity_unit_ms, normalize_granularity, to_ms

# Per-series keys a user may give in an identifier dict (seed 003: {"id": 1, "aggregates": ["average"]}).
QUERY_KEYS = (
    "start",
    "end",
    "aggregates",
    "granularity",
    "timezone",
    "limit",
    "include_outside_points",
    "include_status",
    "ignore_bad_datapoints",
    "treat_uncertain_as_bad",
    "target_unit",
    "target_unit_system",
    "ignore_unknown_ids",
)
_CAMEL_KEYS = {
    "includeOutsidePoints": "include_outside_points",
    "includeStatus": "include_status",
    "ignoreBadDataPoints": "ignore_bad_datapoints",
    "treatUncertainAsBad": "treat_uncertain_as_bad",
    "targetUnit": "target_unit",
    "targetUnitSystem": "target_unit_system",
    "ignoreUnknownIds": "ignore_unknown_ids",
    "timeZone": "timezone",
}
_IDENTIFIER_KEYS = {"id": "id", "externalId": "externalId", "external_id": "externalId", "instanceId": "instanceId"}
_IDENTIFIER_KEYS["instance_id"] = "instanceId"


@dataclass(slots=True)
class SeriesQuery:
    """One series to fetch, fully validated: ms timestamps, camelCase aggregates, normalised granularity."""

    identifier: dict[str, Any]
    start: int
    end: int
    aggregates: list[str] | None = None
    granularity: str | None = None
    timezone: str | None = None
    limit: int | None = None
    include_outside_points: bool = False
    include_status: bool = False
    ignore_bad_datapoints: bool = True
    treat_uncertain_as_bad: bool = True
    target_unit: str | None = None
    target_unit_system: str | None = None
    ignore_unknown_ids: bool = False
    item_body: dict[str, Any] = field(default_factory=dict)

    @property
    def is_raw(self) -> bool:
        return not self.aggregates

    @property
    def budget(self) -> int:
        return DPS_LIMIT_RAW if self.is_raw else DPS_LIMIT_AGG

    @property
    def gran_ms(self) -> int | None:
        """Fixed bucket width, or None when buckets vary (months, or a time zone for h/d)."""
        if self.granularity is None or (self.timezone and self.granularity[-1] in "hd"):
            return None
        return granularity_ms(self.granularity)

    @property
    def parallel(self) -> bool:
        """Whether the time range may be split into windows fetched concurrently."""
        return self.limit is None and (self.is_raw or self.gran_ms is not None)

    def key(self) -> tuple[Any, ...]:
        """Identity of the series (two queries of one series must not share a request)."""
        ident = self.identifier
        if "id" in ident:
            return ("id", ident["id"])
        if "externalId" in ident:
            return ("externalId", ident["externalId"])
        inst = ident["instanceId"]
        return ("instanceId", inst["space"], inst["externalId"])


def _identifier(kind: str, value: Any) -> dict[str, Any]:
    if kind == "id":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"id must be an int, got {type(value).__name__}: {value!r}")
        return {"id": int(value)}
    if kind == "externalId":
        if not isinstance(value, str):
            raise TypeError(f"external_id must be a str, got {type(value).__name__}: {value!r}")
        return {"externalId": value}
    if hasattr(value, "space") and hasattr(value, "external_id"):  # NodeId
        return {"instanceId": {"space": value.space, "externalId": value.external_id}}
    if isinstance(value, tuple) and len(value) == 2:
        return {"instanceId": {"space": value[0], "externalId": value[1]}}
    if isinstance(value, Mapping) and "space" in value:
        return {
            "instanceId": {"space": value["space"], "externalId": value.get("externalId", value.get("external_id"))}
        }
    raise TypeError(f"instance_id must be a NodeId, (space, external_id) tuple or dict, got {value!r}")


def expand_identifiers(kind: str, given: Any) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(identifier, per-series overrides) for each entry of an `id=` / `external_id=` / `instance_id=` argument."""
    if given is None:
        return []
    entries = given if isinstance(given, (list, tuple)) and not (kind == "instanceId" and _is_pair(given)) else [given]
    out = []
    for entry in entries:
        overrides: dict[str, Any] = {}
        if hasattr(entry, "_as_query_dict"):  # a DatapointsQuery object
            entry = entry._as_query_dict()
        if isinstance(entry, Mapping) and not (kind == "instanceId" and "space" in entry):
            entry = dict(entry)
            ident_keys = [k for k in entry if k in _IDENTIFIER_KEYS]
            if len(ident_keys) != 1:
                raise ValueError(f"Each query dict needs exactly one of id / externalId / instanceId, got {entry}")
            value = entry.pop(ident_keys[0])
            overrides = _normalize_override_keys(entry)
            out.append((_identifier(_IDENTIFIER_KEYS[ident_keys[0]], value), overrides))
        else:
            out.append((_identifier(kind, entry), overrides))
    return out


def _is_pair(x: Any) -> bool:
    return isinstance(x, tuple) and len(x) == 2 and all(isinstance(v, str) for v in x)


def _normalize_override_keys(d: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in d.items():
        name = _CAMEL_KEYS.get(k, k)
        if name not in QUERY_KEYS:
            raise ValueError(f"Unknown per-series query key {k!r}; allowed: {', '.join(QUERY_KEYS)}")
        out[name] = v
    return out


def build_series_query(identifier: dict[str, Any], defaults: dict[str, Any], now: int) -> SeriesQuery:
    """Merge defaults and overrides into a validated SeriesQuery (raises ValueError/TypeError on bad input)."""
    p = defaults
    start = to_ms(p["start"], now, name="start") if p.get("start") is not None else 0
    end = to_ms(p["end"], now, name="end") if p.get("end") is not None else now + 1
    if end <= start:
        raise ValueError(f"end ({end}) must be larger than start ({start}) for {identifier}")
    aggs = p.get("aggregates")
    if isinstance(aggs, str):
        aggs = [aggs]
    aggregates = list(dict.fromkeys(normalize_aggregate(a) for a in aggs)) if aggs else None
    gran = p.get("granularity")
    if (aggregates is None) != (gran is None):
        raise ValueError(f"aggregates and granularity must be given together (series {identifier})")
    granularity = normalize_granularity(gran) if gran is not None else None
    limit = p.get("limit")
    if limit is not None and not (limit == -1 or limit == float("inf")):
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ValueError(f"limit must be a non-negative int or None, got {limit!r}")
    else:
        limit = None
    outside = bool(p.get("include_outside_points") or False)
    if outside and aggregates:
        raise ValueError("include_outside_points is not supported for aggregates")
    if p.get("target_unit") and p.get("target_unit_system"):
        raise ValueError("Give at most one of target_unit and target_unit_system")
    tz = p.get("timezone")
    if tz is not None and not isinstance(tz, str):
        tz = getattr(tz, "key", None) or str(tz)  # zoneinfo.ZoneInfo / datetime.timezone
    q = SeriesQuery(
        identifier=identifier,
        start=start,
        end=end,
        aggregates=aggregates,
        granularity=granularity,
        timezone=tz,
        limit=limit,
        include_outside_points=outside,
        include_status=bool(p.get("include_status") or False),
        ignore_bad_datapoints=p.get("ignore_bad_datapoints", True) is not False,
        treat_uncertain_as_bad=p.get("treat_uncertain_as_bad", True) is not False,
        target_unit=p.get("target_unit"),
        target_unit_system=p.get("target_unit_system"),
        ignore_unknown_ids=bool(p.get("ignore_unknown_ids") or False),
    )
    if q.aggregates and q.gran_ms is not None:
        # CDF buckets from start rounded down to a whole unit; align so windows split on bucket edges.
        unit = granularity_unit_ms(q.granularity)  # type: ignore[arg-type]
        assert unit is not None
        q.start -= q.start % unit
        q.end = q.start + -(-(q.end - q.start) // q.gran_ms) * q.gran_ms
    q.item_body = _item_body(q)
    return q


def _item_body(q: SeriesQuery) -> dict[str, Any]:
    """The per-item request fields that do not change between pages; flags only when not the API default."""
    body: dict[str, Any] = dict(q.identifier)
    if q.aggregates:
        body["aggregates"] = q.aggregates
        body["granularity"] = q.granularity
        if q.timezone:
            body["timeZone"] = q.timezone
    if q.target_unit:
        body["targetUnit"] = q.target_unit
    if q.target_unit_system:
        body["targetUnitSystem"] = q.target_unit_system
    if q.include_status:
        body["includeStatus"] = True
    if not q.ignore_bad_datapoints:
        body["ignoreBadDataPoints"] = False
    if not q.treat_uncertain_as_bad:
        body["treatUncertainAsBad"] = False
    return body


def build_queries(
    *,
    id: Any = None,
    external_id: Any = None,
    instance_id: Any = None,
    defaults: dict[str, Any],
    now: int,
) -> list[SeriesQuery]:
    """Every series query of a retrieve call, in the order given (ids, then external ids, then instance ids)."""
    entries = (
        expand_identifiers("id", id)
        + expand_identifiers("externalId", external_id)
        + expand_identifiers("instanceId", instance_id)
    )
    if not entries:
        raise ValueError("Give at least one of id, external_id or instance_id")
    return [build_series_query(ident, {**defaults, **over}, now) for ident, over in entries]


def with_identifier(q: SeriesQuery, identifier: dict[str, Any]) -> SeriesQuery:
    return replace(q, identifier=identifier, item_body={**_item_body(replace(q, identifier=identifier))})
