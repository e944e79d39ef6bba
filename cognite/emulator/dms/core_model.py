"""The core data model (cdf_cdm*, from `cdm_v1.json` when present), applied once per process through the schema's
own apply path; each project (and each reset) gets a copy of the resulting state."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import orjson

CDM_FILE = Path(__file__).with_name("cdm_v1.json")


@functools.cache
def _core_model_bytes() -> bytes | None:
    if not CDM_FILE.exists():
        return None
    from cognite.emulator.dms.schema import Schema

    content = orjson.loads(CDM_FILE.read_bytes())
    schema = Schema.__new__(Schema)  # a bare model: no emulator, no core model of its own
    schema.emu = None
    schema.on_container_deleted = []
    schema.space_in_use = []
    schema.instance_counts = []
    schema._init_state()
    schema.system_spaces = {s["space"] for s in content.get("spaces", [])}
    schema._loading_system = True
    for kind, apply in (
        ("spaces", schema.apply_spaces),
        ("containers", schema.apply_containers),
        ("views", schema.apply_views),
        ("dataModels", schema.apply_data_models),
    ):
        if content.get(kind):
            apply(content[kind])
    return orjson.dumps(schema.dump())


def core_model_state() -> Any:
    """A fresh copy of the core model's schema state (None without `cdm_v1.json`)."""
    data = _core_model_bytes()
    return None if data is None else orjson.loads(data)
