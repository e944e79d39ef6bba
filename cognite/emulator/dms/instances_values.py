"""Property values checked against a container property's type (as CDF does on ingestion)."""

from __future__ import annotations

import re
from collections.abc import Callable
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


def _scalar_test(ptype: dict[str, Any]) -> Callable[[Any], bool]:
    """Whether a single value fits the property type (picked once per property, not per value)."""
    kind = ptype.get("type")
    if kind in ("text", "timeseries", "file", "sequence"):
        return lambda v: isinstance(v, str)
    if kind in ("int32", "int64"):
        lo, hi = INT32 if kind == "int32" else INT64
        return lambda v: _is_int(v) and lo <= v <= hi
    if kind in ("float32", "float64"):
        return lambda v: isinstance(v, float) or _is_int(v)
    if kind == "boolean":
        return lambda v: isinstance(v, bool)
    if kind == "timestamp":
        return lambda v: isinstance(v, str) and _parses(datetime.fromisoformat, v.replace("Z", "+00:00"))
    if kind == "date":
        return lambda v: isinstance(v, str) and bool(_DATE.match(v)) and _parses(date.fromisoformat, v)
    if kind == "direct":
        return lambda v: (
            isinstance(v, dict) and isinstance(v.get("space"), str) and isinstance(v.get("externalId"), str)
        )
    if kind == "enum":
        values = ptype.get("values") or {}
        return lambda v: isinstance(v, str) and v in values
    return lambda v: True  # json, and types this emulator does not know: accepted as given


def _parses(parse: Any, text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


def value_check(prop: str, definition: dict[str, Any]) -> Callable[[Any], Any]:
    """The check of container property `definition` ({type, nullable, ...}), built once for many values: it returns
    the value as stored and raises a 400 unless the value fits. Timestamps are normalised to CDF's form (UTC,
    milliseconds: 2020-03-14T15:09:26.535+00:00)."""
    ptype = definition.get("type") or {}
    kind = ptype.get("type")
    nullable = definition.get("nullable", True) is not False
    fits = _scalar_test(ptype)
    timestamp = kind == "timestamp"
    if ptype.get("list"):
        default = DEFAULT_MAX_DIRECT_LIST_SIZE if kind == "direct" else DEFAULT_MAX_LIST_SIZE
        max_size = ptype.get("maxListSize") or default

        def check_list(value: Any) -> Any:
            if value is None:
                return _null(prop, nullable)
            if not isinstance(value, list):
                raise _bad(prop, f"list of {kind}", value)
            if len(value) > max_size:
                raise CDFError(400, f"Property '{prop}' holds {len(value)} values, more than maxListSize {max_size}")
            for v in value:
                if not fits(v):
                    raise _bad(prop, str(kind), v)
            return [_utc_ms(v) for v in value] if timestamp else value

        return check_list

    def check(value: Any) -> Any:
        if value is None:
            return _null(prop, nullable)
        if not fits(value):
            raise _bad(prop, str(kind), value)
        return _utc_ms(value) if timestamp else value

    exact = _EXACT_TYPES.get(kind)  # type: ignore[arg-type]
    if exact is None:
        return check

    def check_exact(value: Any) -> Any:  # the common case in one type test; anything else as above
        return value if value.__class__ in exact else check(value)

    return check_exact


#: Value classes that fit a property type as they are (the rest go through the full check).
_EXACT_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,),
    "timeseries": (str,),
    "file": (str,),
    "sequence": (str,),
    "float32": (float,),
    "float64": (float,),
    "boolean": (bool,),
}


def _null(prop: str, nullable: bool) -> None:
    if not nullable:
        raise CDFError(400, f"Property '{prop}' is not nullable")
    return None


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
