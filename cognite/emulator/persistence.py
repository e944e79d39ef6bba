"""Save and load the emulator's data: per project, every service's dump plus the datapoints service's bytes."""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator
    from cognite.emulator.projects import Project

FORMAT_VERSION = 2  # 2: {"projects": {name: project state}}; 1 (one project's state at the top) still loads


def save_state(emu: Emulator, path: Path) -> None:
    write_durably(path, dump_state(emu))


def dump_state(emu: Emulator, journal: int = 0) -> bytes:
    """All projects' data as bytes (the caller holds the emulator's lock for a consistent snapshot). `journal`:
    the first journal segment whose writes the snapshot does not hold (replayed on top of it at start)."""
    state = {
        "version": FORMAT_VERSION,
        "journal": journal,
        "projects": {name: _dump_project(project) for name, project in emu.created_projects.items()},
    }
    return orjson.dumps(state, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY)


def write_durably(path: Path, data: bytes) -> None:
    """Write-fsync-rename-fsync: after return the new state survives a crash or power loss, and a crash while
    writing leaves the previous state intact."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:  # a platform without directory fds (Windows): the rename is as durable as it gets
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def load_state(emu: Emulator, path: Path) -> int:
    """Load a snapshot; returns the first journal segment to replay on top of it."""
    state = orjson.loads(path.read_bytes())
    version = state.get("version")
    if version == 1:  # one project (from before projects were kept apart): it becomes the default project
        projects = {emu.default_project: state}
    elif version == FORMAT_VERSION:
        projects = state["projects"]
    else:
        raise ValueError(f"{path}: unsupported emulator state version {version}")
    with emu.lock:
        for name, project_state in projects.items():
            _load_project(emu.project(name), project_state)
    return int(state.get("journal", 0))


def _dump_project(project: Project) -> dict[str, Any]:
    datapoints = project.datapoints
    return {
        "services": {name: service.dump() for name, service in project.services.items()},
        "datapoints": base64.b64encode(datapoints.dump()).decode() if datapoints is not None else None,
        "ids": project.ids.getstate(),  # journal replay on top of the snapshot hands out the same ids again
    }


def _load_project(project: Project, state: dict[str, Any]) -> None:
    for name, data in state["services"].items():
        if name in project.services:
            project.services[name].load(data)
    if state.get("datapoints") and project.datapoints is not None:
        project.datapoints.load(base64.b64decode(state["datapoints"]))
    if "ids" in state:
        project.ids.setstate(state["ids"])
