"""The official SDK's docstring examples of the issue-14 task A APIs, run unchanged with OUR SDK against the emulator
(the same blocks, seeds and order as the conformance test that runs them with the official SDK)."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client import CogniteClient
from cognite.emulator import Emulator
from tests.conformance.test_issue14_declared_conformance import EXPECTED, MODULES, OFFICIAL_SYNC_API, _examples, seed
from tests.conftest import make_config

# Where our SDK differs from the official one in what the examples use (with the reason).
OURS_EXPECTED: dict[str, tuple[str, str]] = {
    # the examples pass a source's write / update object to jobs.create / jobs.update: refused before sending
    "hosted_extractors/jobs.create": ("TypeError", "Expected JobWrite"),
    "hosted_extractors/jobs.update": ("TypeError", "Expected JobUpdate"),
    # our tables() iterates over the tables of every user (the official one requests /postgresgateway/tables/{})
    "postgres_gateway/tables.list": ("ok", ""),
}


@pytest.mark.parametrize("module", MODULES)
def test_official_examples_run_on_our_sdk(module: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if not (OFFICIAL_SYNC_API / f"{module}.py").exists():
        pytest.skip("the official SDK is not installed")
    monkeypatch.setenv("IDP_CLIENT_ID", "client")
    monkeypatch.setenv("IDP_CLIENT_SECRET", "secret")
    emu = Emulator()
    client = CogniteClient(make_config(emu), http_transport=emu.transport)
    seed(emu, module)
    problems = []
    for method, blocks in _examples(module):
        ns: dict[str, Any] = {"client": client}
        try:
            for block in blocks:
                exec(compile(block.replace("client = CogniteClient()", "pass"), method, "exec"), ns)  # noqa: S102
            outcome = "ok"
        except Exception as e:
            outcome = f"{type(e).__name__}: {e}"
        expected = OURS_EXPECTED.get(f"{module}.{method}") or EXPECTED.get(f"{module}.{method}")
        if expected is None and outcome != "ok":
            problems.append(f"{method}: {outcome}")
        if expected is not None and not (outcome.startswith(expected[0]) and expected[1] in outcome):
            problems.append(f"{method}: expected {expected}, got {outcome}")
    assert not problems, "\n".join(problems)
