"""Property values checked against a container property's type (as CDF does on ingestion)."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any

from cognite.emulator.http import CDFError

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
# CDF's default maxListSize when the container property does not set one.
DEFAULT_MAX_LIST_SIZE = 1000
DEFAULT_MAX_DIRECT_LIST_SIZE = 100
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _bad(prop: str, kind: str, value: Any) -> CDFError:
    return CDFError(400, f"Invalid value for property '{prop}' of type {kind}: {value!r}")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _check_scalar(prop: str, ptype: dict[str, Any], v: Any) -> None:
    kind = ptype.get("type")
    ok: bool
    if kind == "text":
        ok = isinstance(v, str)
    elif kind in ("int32", "int64"):
        lo, hi = INT32 if kind == "int32" else INT64
        ok = _is_int(v) and lo <= v <= hi
    elif kind in ("float32", "float64"):
        ok = _is_int(v) or isinstance(v, float)
    elif kind == "boolean":
        ok = isinstance(v, bool)
    elif kind == "timestamp":
        ok = isinstance(v, str) and _parses(datetime.fromisoformat, v.replace("Z", "+00:00"))
    elif kind == "date":
        ok = isinstance(v, str) and bool(_DATE.match(v)) and _parses(date.fromisoformat, v)
    elif kind == "direct":
        ok = isinstance(v, dict) and isinstance(v.get("space"), str) and isinstance(v.get("externalId"), str)
    elif kind == "enum":
        ok = isinstance(v, str) and v in (ptype.get("values") or {})
    elif kind in ("timeseries", "file", "sequence"):
        ok = isinstance(v, str)
    else:  # json, and types this emulator does not know: accepted as given
        ok = True
    if not ok:
        raise _bad(prop, str(kind), v)


def _parses(parse: Any, text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


def check_value(prop: str, definition: dict[str, Any], value: Any) -> Any:
    """The value as stored: 400 unless `value` fits the container property `definition` ({type, nullable, ...});
    timestamps are normalised to CDF's form (UTC, milliseconds: 2020-03-14T15:09:26.535+00:00)."""
    if value is None:
        if definition.get("nullable", True) is False:
            raise CDFError(400, f"Property '{prop}' is not nullable")
        return None
    ptype = definition.get("type") or {}
    if ptype.get("list"):
        if not isinstance(value, list):
            raise _bad(prop, f"list of {ptype.get('type')}", value)
        default = DEFAULT_MAX_DIRECT_LIST_SIZE if ptype.get("type") == "direct" else DEFAULT_MAX_LIST_SIZE
        max_size = ptype.get("maxListSize") or default
        if len(value) > max_size:
            raise CDFError(400, f"Property '{prop}' holds {len(value)} values, more than maxListSize {max_size}")
        for v in value:
            _check_scalar(prop, ptype, v)
    else:
        _check_scalar(prop, ptype, value)
    if ptype.get("type") == "timestamp":
        return [_utc_ms(v) for v in value] if isinstance(value, list) else _utc_ms(value)
    return value


def _utc_ms(text: str) -> str:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def direct_targets(definition: dict[str, Any], value: Any) -> list[dict[str, Any]]:
    """The node references a direct-relation value points at."""
    if (definition.get("type") or {}).get("type") != "direct" or value is None:
        return []
    return value if isinstance(value, list) else [value]
