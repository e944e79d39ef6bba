"""The same user code, run by the official SDK and by ours, sends the same requests and sees the same results:
advanced filters, sort, aggregate filters, property enums, time ranges and iteration of the core1 APIs."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from cognite.client import CogniteClient
from cognite.emulator import Emulator
from tests.conformance.conftest import ServedEmulator
from tests.conftest import make_config

# Valid against both SDKs: only the official import paths and signatures.
SCRIPT = """
from cognite.client.data_classes import AssetWrite, EventWrite, TimeSeriesWrite, TimestampRange, aggregations, filters
from cognite.client.data_classes.assets import AssetProperty, AssetSort, SortableAssetProperty
from cognite.client.data_classes.events import EventProperty, EventSort
from cognite.client.data_classes.time_series import SortableTimeSeriesProperty, TimeSeriesSort

client.assets.create([
    AssetWrite(external_id=f"x{i}", name=f"asset {i:02d}", source="north" if i % 3 else "south",
               metadata={"area": "north" if i % 3 else "south"})
    for i in range(12)
])
client.events.create([
    EventWrite(external_id=f"e{i}", type="alarm" if i % 2 else "failure", subtype=f"s{i % 3}", start_time=i)
    for i in range(9)
])
client.time_series.create([TimeSeriesWrite(external_id=f"t{i}", name=f"ts {i}", unit="C" if i < 3 else "K")
                           for i in range(5)])
north = filters.Equals(["metadata", "area"], "north")
out = {
    "assets_sorted": [a.external_id for a in client.assets.list(
        advanced_filter=north & filters.Prefix("external_id", "x1"), sort=AssetSort(SortableAssetProperty.name, "desc"))],
    "assets_tuple_sort": [a.external_id for a in client.assets.list(sort=[("external_id", "desc")], limit=3)],
    "assets_count": client.assets.aggregate_count(advanced_filter=north),
    "assets_values": sorted((v.value, v.count) for v in client.assets.aggregate_unique_values(
        AssetProperty.source, aggregate_filter=aggregations.Prefix("n"))),
    "assets_card": client.assets.aggregate_cardinality_values(AssetProperty.metadata_key("area")),
    "assets_props": client.assets.aggregate_cardinality_properties(AssetProperty.metadata),
    "assets_search": [a.external_id for a in client.assets.search(name="asset")][:3],
    "assets_iter": [len(c) for c in client.assets(chunk_size=5, source="north")],
    "events_sorted": [e.external_id for e in client.events.list(sort=EventSort("start_time", "desc"), limit=3)],
    "events_values": sorted((v.value, v.count) for v in client.events.aggregate_unique_values(
        {"type": "failure"}, EventProperty.subtype)),
    "events_count": client.events.aggregate_count(advanced_filter=filters.Equals(EventProperty.type, "alarm")),
    "events_range": [e.external_id for e in client.events.list(start_time={"min": 2, "max": 4})],
    "ts_sorted": [t.external_id for t in client.time_series.list(
        sort=TimeSeriesSort(SortableTimeSeriesProperty.name, "desc"), limit=2)],
    "ts_count": client.time_series.aggregate_count(advanced_filter=filters.Equals("unit", "C")),
    "ts_units": sorted(client.time_series.aggregate_unique_values("unit").unique),
    "recent": len(client.assets.list(created_time=TimestampRange(min="1d-ago"), limit=None)),
}
emit(out)
"""
# The requests whose bodies must match (creates differ only in what the test wrote, reads carry the new parameters)
READS = ("/assets/list", "/assets/aggregate", "/assets/search", "/events/list", "/events/aggregate",
         "/timeseries/list", "/timeseries/aggregate")  # fmt: skip


def _clean(value: Any) -> Any:
    """Without null / empty-object members (the official SDK sends `"query": null`, `"filter": {}`; CDF reads both
    as absent)."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not None and v != {}}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _bodies(emu: Emulator) -> list[tuple[str, Any]]:
    out = []
    for e in emu.requests.entries:
        if e.route in READS:
            body = _clean(e.json())
            for volatile in ("cursor",):
                body.pop(volatile, None)
            flt = body.get("filter") or {}
            for key in ("createdTime", "lastUpdatedTime"):  # "1d-ago" resolves to a slightly different ms
                if isinstance(flt.get(key), dict):
                    flt[key] = sorted(flt[key])
            out.append((e.route, body))
    return sorted(out, key=lambda rb: (rb[0], json.dumps(rb[1], sort_keys=True)))


def test_same_code_same_requests_same_results(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    official_out = run_official(SCRIPT)
    official_requests = _bodies(conformance_emulator.emu)

    ours_emu = Emulator(seed=2026)
    client = CogniteClient(make_config(ours_emu), http_transport=ours_emu.transport)
    got: dict[str, Any] = {}
    exec(textwrap.dedent(SCRIPT), {"client": client, "emit": got.update})  # noqa: S102
    assert json.loads(json.dumps(got)) == official_out
    assert _bodies(ours_emu) == official_requests
