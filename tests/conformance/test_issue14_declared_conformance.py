"""The official SDK 8.22 runs its own docstring examples of hosted extractors, the postgres gateway, agents, limits
and metering unchanged against the emulator (replies validated against the spec where it has them).

The examples are read from the installed official SDK (nothing of them is copied here); each method's blocks run in
the official venv in one namespace, in the order create, update, retrieve, list, the rest, delete. What the examples
presume exists (the users and sources they name) is seeded through the emulator first. Blocks that fail against CDF
as well, or that the emulator cannot serve, are listed with the error they must give.
"""

from __future__ import annotations

import ast
from typing import Any

import pytest

from tests.conformance.conftest import OFFICIAL_PYTHON, PROJECT, ServedEmulator

OFFICIAL_SYNC_API = OFFICIAL_PYTHON.parents[1] / "lib/python3.11/site-packages/cognite/client/_sync_api"
ORDER = ("create", "upsert", "update", "retrieve", "list", "__call__", "list_logs", "list_metrics", "chat", "delete")

_TOPIC = {"config": {"topicFilter": "#"}}
# what the examples name, put in place before they run: service -> items
SEEDS: dict[str, dict[str, list[dict[str, Any]]]] = {
    "hosted_extractors/sources": {
        "hostedextractors_sources": [
            {"type": "mqtt5", "externalId": "myMQTTSource", "host": "broker"},
            {"type": "eventhub", "externalId": "MyEventHubSource", "host": "h", "eventHubName": "e", "keyName": "k"},
        ]
    },
    "hosted_extractors/destinations": {
        "hostedextractors_destinations": [{"externalId": "myDest"}, {"externalId": "MyDest2"}]
    },
    "hosted_extractors/mappings": {
        "hostedextractors_mappings": [
            {"externalId": x, "mapping": {"expression": "input"}, "published": True, "input": {"type": "json"}}
            for x in ("myMapping", "MyMapping2")
        ]
    },
    "hosted_extractors/jobs": {
        "hostedextractors_sources": [{"type": "mqtt5", "externalId": "src", "host": "broker"}],
        "hostedextractors_destinations": [{"externalId": "dest"}],
        "hostedextractors_jobs": [
            {"externalId": x, "sourceId": "src", "destinationId": "dest", "format": {"type": "cognite"}, **_TOPIC}
            for x in ("myJob", "myMQTTJob", "MyEventHubJob")
        ],
    },
    "postgres_gateway/users": {"postgresgateway_users": [{"username": "myUser"}, {"username": "myUser2"}]},
    "postgres_gateway/tables": {"postgresgateway_users": [{"username": "myUserName"}]},
    "agents/agents": {
        "agents": [{"externalId": x, "name": x, "ownerId": "seed"} for x in ("my_agent_1", "my_agent_2")]
    },
}
# "module.method" -> (error class name, text in its message) the examples give against the emulator
EXPECTED: dict[str, tuple[str, str]] = {
    # the example passes an EventHubSourceWrite to jobs.create / an EventHubSourceUpdate to jobs.update
    "hosted_extractors/jobs.create": ("KeyError", "destinationId"),
    "hosted_extractors/jobs.update": ("CogniteNotFoundError", "not found"),
    # retrieves ["myCustom", "myCustom2"] without ignore_unknown_ids, but creates only myCustom
    "postgres_gateway/tables.retrieve": ("CogniteNotFoundError", "not found"),
    "postgres_gateway/tables.delete": ("CogniteNotFoundError", "not found"),
    # the official SDK's tables() requests /postgresgateway/tables/{} (it names no user)
    "postgres_gateway/tables.list": ("CogniteNotFoundError", "not found"),
    # the emulator runs no language model
    "agents/agents.chat": ("CogniteAPIError", "not supported by the local emulator"),
}
MODULES = tuple(SEEDS) + ("limits", "metering")

RUNNER = """
import os, traceback
os.environ.setdefault("IDP_CLIENT_ID", "conformance-client")
os.environ.setdefault("IDP_CLIENT_SECRET", "conformance-secret")
results = {}
for method, blocks in PARAMS["methods"]:
    ns = {"client": client}
    try:
        for block in blocks:
            exec(compile(block.replace("client = CogniteClient()", "pass"), method, "exec"), ns)
        results[method] = "ok"
    except Exception as e:
        results[method] = f"{type(e).__name__}: {e}"
emit(results)
"""


def seed(emu: Any, module: str, project: str | None = None) -> None:
    """Put in place what the examples of `module` name."""
    for service, items in SEEDS.get(module, {}).items():
        for item in items:
            emu.resource(service, project).insert(dict(item))
    if module == "limits":
        emu.resource("limits", project).set("atlas.monthly_ai_tokens", 1000)
    if module == "metering":
        emu.resource("metering", project).record("atlas.monthly_ai_tokens", [(1764547200000, 12.5)])
        emu.resource("metering", project).record("files.storage_bytes")


def _examples(module: str) -> list[tuple[str, list[str]]]:
    path = OFFICIAL_SYNC_API / f"{module}.py"
    out: dict[str, list[str]] = {}
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
                out[fn.name] = blocks
    return sorted(out.items(), key=lambda kv: ORDER.index(kv[0]) if kv[0] in ORDER else len(ORDER))


@pytest.mark.parametrize("module", MODULES)
def test_official_examples_run_against_the_emulator(
    module: str, conformance_emulator: ServedEmulator, run_official: Any
) -> None:
    if not (OFFICIAL_SYNC_API / f"{module}.py").exists():
        pytest.skip(f"the official SDK has no {module}")
    seed(conformance_emulator.emu, module, PROJECT)
    methods = _examples(module)
    assert methods, f"no examples found in the official {module}"
    results = run_official(RUNNER, methods=methods)
    problems = []
    for method, outcome in results.items():
        expected = EXPECTED.get(f"{module}.{method}")
        if expected is None and outcome != "ok":
            problems.append(f"{method}: {outcome}")
        if expected is not None and not (outcome.startswith(expected[0]) and expected[1] in outcome):
            problems.append(f"{method}: expected {expected}, got {outcome}")
    assert not problems, "\n".join(problems)
