"""Limits and metering (alpha APIs): read-only to clients. The emulator has no quota service of its own, so both
start empty; tests set values with ``emu.resource("limits").set(...)`` / ``emu.resource("metering").record(...)``."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator.filters import Predicate
from cognite.emulator.http import CDFError
from cognite.emulator.resource import Resource, endpoint
from cognite.emulator.store import Item


def _prefix(flt: Any, prop: str) -> Predicate | None:
    """The one filter these APIs take: ``{"prefix": {"property": [prop], "value": ...}}``."""
    if not flt:
        return None
    prefix = flt.get("prefix") if isinstance(flt, dict) else None
    if not isinstance(prefix, dict) or prefix.get("property") not in ([prop], prop) or len(flt) != 1:
        raise CDFError(400, f"Only a prefix filter on {prop} is supported")
    value = prefix.get("value")
    if not isinstance(value, str):
        raise CDFError(400, "prefix value must be a string")
    return lambda item: str(item[prop]).startswith(value)


class Limits(Resource):
    name, path, label = "limits", "/limits/values", "Limit"
    key_field, xid_field, timestamps = "limitId", None, ()
    operations = frozenset({"get_list", "list"})

    def set(self, limit_id: str, value: float) -> None:
        old = self.store.get(limit_id)
        new = {"limitId": limit_id, "value": value}
        self.store.replace(old, new) if old is not None else self.store.put(new)

    def list_predicate(self, flt: Any) -> Predicate | None:
        return _prefix(flt, "limitId")

    def routes(self) -> list[BaseRoute]:
        return [
            *super().routes(),
            Route(self.path + "/{limit_id}", endpoint(self.emu, self.handle_one), methods=["GET"]),
        ]

    def handle_one(self, _query: dict[str, Any], req: Request) -> Any:
        item = self.store.get(req.path_params["limit_id"])
        if item is None:
            raise CDFError(404, f"Limit {req.path_params['limit_id']!r} not found")
        return item


class Metering(Resource):
    name, path, label = "metering", "/metering/meters", "Meter"
    key_field, xid_field, timestamps = "meterId", None, ()
    operations = frozenset({"list", "byids"})

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self._range: dict[str, Any] = {}

    def record(self, meter_id: str, datapoints: list[tuple[int, float]] = ()) -> None:  # type: ignore[assignment]
        old = self.store.get(meter_id)
        new = {"meterId": meter_id, "datapoints": [{"timestamp": t, "average": a} for t, a in datapoints]}
        self.store.replace(old, new) if old is not None else self.store.put(new)

    def render(self, item: Item) -> Item:
        """Datapoints only when the request gave ``start`` and ``numberOfDatapoints``."""
        start, count, end = (self._range.get(k) for k in ("start", "numberOfDatapoints", "end"))
        if start is None or count is None:
            return {"meterId": item["meterId"], "datapoints": []}
        points = [p for p in item["datapoints"] if p["timestamp"] >= start and (end is None or p["timestamp"] < end)]
        return {"meterId": item["meterId"], "datapoints": points[:count]}

    def _with_range(self, body: dict[str, Any]) -> None:
        start, count = body.get("start"), body.get("numberOfDatapoints")
        if (start is None) != (count is None):
            raise CDFError(400, "start and numberOfDatapoints must be given together")
        self._range = {k: body.get(k) for k in ("start", "end", "numberOfDatapoints")}

    def handle_list(self, body: dict[str, Any], req: Request) -> Any:
        self._with_range(body)
        return super().handle_list(body, req)

    def handle_byids(self, body: dict[str, Any], req: Request) -> Any:
        self._with_range(body)
        return super().handle_byids(body, req)

    def list_predicate(self, flt: Any) -> Predicate | None:
        return _prefix(flt, "meterId")
