"""Write the official SDK's public method signatures of the core1 APIs to ``core1_official_signatures.json``.

Run with the official SDK's interpreter, outside the repository (its ``cognite`` package would shadow the official
one): ``cd /tmp && /path/to/.venv-official/bin/python /path/to/tests/resources/snapshot_core1_signatures.py``.
Only facts are kept: parameter names, kinds and default values, one string per parameter: ``"limit=25"``,
``"*upsert=False"`` (keyword-only), ``"external_id"`` (no default).
"""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path

APIS = {
    "assets": "cognite.client._sync_api.assets:SyncAssetsAPI",
    "events": "cognite.client._sync_api.events:SyncEventsAPI",
    "time_series": "cognite.client._sync_api.time_series:SyncTimeSeriesAPI",
    "data_sets": "cognite.client._sync_api.data_sets:SyncDataSetsAPI",
    "labels": "cognite.client._sync_api.labels:SyncLabelsAPI",
    "relationships": "cognite.client._sync_api.relationships:SyncRelationshipsAPI",
}


def describe(p: inspect.Parameter) -> str:
    star = "*" if p.kind is p.KEYWORD_ONLY else "**" if p.kind is p.VAR_KEYWORD else ""
    return f"{star}{p.name}" + ("" if p.default is p.empty else f"={p.default!r}")


def snapshot() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for accessor, where in APIS.items():
        module, name = where.split(":")
        cls = getattr(importlib.import_module(module), name)
        methods: dict[str, list[str]] = {}
        for meth, fn in inspect.getmembers(cls, inspect.isfunction):
            if meth.startswith("_") and meth != "__call__":
                continue
            params = list(inspect.signature(fn).parameters.values())[1:]
            methods[meth] = [describe(p) for p in params]
        out[accessor] = methods
    return out


if __name__ == "__main__":
    target = Path(__file__).with_name("core1_official_signatures.json")
    data = snapshot()
    lines = ["{"]
    for i, (api, methods) in enumerate(sorted(data.items())):
        lines.append(f"  {json.dumps(api)}: {{")
        for j, (meth, params) in enumerate(sorted(methods.items())):
            comma = "," if j < len(methods) - 1 else ""
            lines.append(f"    {json.dumps(meth)}: {json.dumps(params)}{comma}")
        lines.append("  }" + ("," if i < len(data) - 1 else ""))
    lines.append("}")
    target.write_text("\n".join(lines) + "\n")
    print(f"wrote {target}")
