"""The official SDK 8.22's own docstring examples of assets, events, time series, data sets, labels and
relationships, run unchanged against our SDK and the emulator (seeded with the content the examples presume).

The examples are read at collection time from the installed official SDK (``.venv-official``; skipped without it):
nothing of them is copied here. The blocks of one method share a namespace, as in its docstring.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

import cognite.client.data_classes as data_classes
from cognite.client import CogniteClient
from cognite.client.exceptions import CogniteAPIError, CogniteDuplicatedError, CogniteNotFoundError
from cognite.emulator import Emulator
from tests.conftest import make_config
from tests.resources.fixture_data import seed

OFFICIAL_SYNC_API = (
    Path(__file__).resolve().parents[2] / ".venv-official/lib/python3.11/site-packages/cognite/client/_sync_api"
)
MODULES = ("assets", "events", "time_series", "data_sets", "labels", "relationships")
# Examples that fail against CDF as well, with the error CDF (and so the emulator) gives.
EXPECTED_ERRORS: dict[str, tuple[type[BaseException], str]] = {
    # the blocks re-create the hierarchy of the block before (each is written for an empty project)
    "SyncAssetsAPI.create_hierarchy": (CogniteAPIError, "duplicated"),
    # calls aggregate_unique_values on an object property (the doc meant aggregate_unique_properties)
    "SyncTimeSeriesAPI.aggregate_unique_properties": (CogniteAPIError, "is an object"),
    # updates a time series by instance id: the emulator has no data modeling yet (issue 12), so none exists
    "SyncTimeSeriesAPI.update": (CogniteNotFoundError, "not found"),
    # the label / relationship the example creates is part of the seeded content
    "SyncLabelsAPI.create": (CogniteDuplicatedError, "duplicated"),
    "SyncRelationshipsAPI.create": (CogniteDuplicatedError, "duplicated"),
    # retrieves "foo", which the example never creates
    "SyncRelationshipsAPI.upsert": (AttributeError, "description"),
}


def _examples(modules: tuple[str, ...] = MODULES) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for module in modules:
        path = OFFICIAL_SYNC_API / f"{module}.py"
        if not path.exists():
            return []
        for cls in (n for n in ast.parse(path.read_text()).body if isinstance(n, ast.ClassDef)):
            for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
                blocks: list[str] = []
                current: list[str] = []
                for line in (ast.get_docstring(fn) or "").splitlines():
                    s = line.strip()
                    if s.startswith(">>>") or (s.startswith("...") and current):
                        current.append(s[4:])
                    elif current:
                        blocks.append("\n".join(current))
                        current = []
                if current:
                    blocks.append("\n".join(current))
                if blocks:
                    out.append((f"{cls.name}.{fn.name}", blocks))
    return out


def _run(blocks: list[str], ns: dict[str, Any]) -> None:
    for block in blocks:
        code = block.replace("client = CogniteClient()", "pass")
        exec(compile(code, "<official example>", "exec"), ns)  # noqa: S102


@pytest.mark.parametrize(("name", "blocks"), _examples(), ids=[n for n, _ in _examples()])
def test_official_example_runs(name: str, blocks: list[str]) -> None:
    emulator = Emulator()
    client = CogniteClient(make_config(emulator), http_transport=emulator.transport)
    seed(client, emulator)
    ns: dict[str, Any] = {"client": client, **{n: getattr(data_classes, n) for n in data_classes.__all__}}
    expected = EXPECTED_ERRORS.get(name)
    if expected is None:
        _run(blocks, ns)
        return
    with pytest.raises(expected[0], match=expected[1]):
        _run(blocks, ns)
