"""Time series references: what the service needs to know about a series, and how request items name one."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from cognite.emulator.http import CDFError


@dataclass
class TimeSeriesRef:
    """The stored time series a request item resolved to (provided by the time series resource)."""

    id: int
    external_id: str | None
    is_string: bool
    is_step: bool
    unit: str | None = None
    unit_external_id: str | None = None
    instance_id: dict | None = None

    def header(self) -> dict[str, Any]:
        """The identifying fields every datapoints reply item starts with (JSON)."""
        out: dict[str, Any] = {"id": self.id}
        if self.external_id is not None:
            out["externalId"] = self.external_id
        if self.instance_id is not None:
            out["instanceId"] = self.instance_id
        out["isString"] = self.is_string
        out["isStep"] = self.is_step
        out["type"] = "string" if self.is_string else "numeric"
        if self.unit is not None:
            out["unit"] = self.unit
        if self.unit_external_id is not None:
            out["unitExternalId"] = self.unit_external_id
        return out


Resolver = Callable[[dict], "TimeSeriesRef | None"]


class ShortPager(Protocol):
    """The part of the emulator's fault injector this service uses (contracts.md §2)."""

    def short_page(self, limit: int) -> int: ...


def identifier(item: Any, where: str = "item") -> dict[str, Any]:
    """The {"id"} / {"externalId"} / {"instanceId"} an item names; 400 unless it names exactly one, well-formed."""
    if not isinstance(item, dict):
        raise CDFError(400, f"Each {where} must be an object")
    keys = [k for k in ("id", "externalId", "instanceId") if item.get(k) is not None]
    if len(keys) != 1:
        raise CDFError(400, f"Each {where} must have exactly one of 'id', 'externalId' or 'instanceId'")
    key = keys[0]
    value = item[key]
    if key == "id" and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 2**53 - 1):
        raise CDFError(400, f"Invalid id: {value!r}. Must be an integer between 1 and 9007199254740991")
    if key == "externalId" and (not isinstance(value, str) or len(value) > 255):
        raise CDFError(400, f"Invalid externalId: {value!r}")
    if key == "instanceId" and not (
        isinstance(value, dict) and isinstance(value.get("space"), str) and isinstance(value.get("externalId"), str)
    ):
        raise CDFError(400, f"Invalid instanceId: {value!r}. Expected {{'space': ..., 'externalId': ...}}")
    if key == "instanceId":
        return {key: {"space": value["space"], "externalId": value["externalId"]}}
    return {key: value}


def resolve_all(
    resolve: Resolver, idents: Iterable[dict[str, Any]], ignore_unknown: bool
) -> list[TimeSeriesRef | None]:
    """Resolve every identifier; unknown ones are None when ignored, else one 400 listing all of them in `missing`."""
    refs = []
    missing: list[dict[str, Any]] = []
    for ident in idents:
        ref = resolve(ident)
        if ref is None and ident not in missing:
            missing.append(ident)
        refs.append(ref)
    if missing and not ignore_unknown:
        raise CDFError(400, "Time series not found", missing=missing)
    return refs
