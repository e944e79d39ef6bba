"""Save and load the emulator's data (every service's dump, plus the datapoints service's bytes)."""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator

FORMAT_VERSION = 1


def save_state(emu: Emulator, path: Path) -> None:
    state = {
        "version": FORMAT_VERSION,
        "services": {name: service.dump() for name, service in emu.services.items()},
        "datapoints": None,
    }
    if emu.datapoints is not None:
        state["datapoints"] = base64.b64encode(emu.datapoints.dump()).decode()
    data = orjson.dumps(state, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY)
    # Write-then-rename: a crash mid-write leaves the previous state intact.
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def load_state(emu: Emulator, path: Path) -> None:
    state = orjson.loads(path.read_bytes())
    if state.get("version") != FORMAT_VERSION:
        raise ValueError(f"{path}: unsupported emulator state version {state.get('version')}")
    with emu.lock:
        for name, data in state["services"].items():
            if name in emu.services:
                emu.services[name].load(data)
        if state.get("datapoints") and emu.datapoints is not None:
            emu.datapoints.load(base64.b64decode(state["datapoints"]))
