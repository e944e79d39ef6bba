"""Conformance: the official cognite-sdk (in .venv-official) runs against the emulator over a real socket,
with response validation on. Any schema violation in the emulator's replies fails the test.

Fixtures:
    conformance_emulator -> ServedEmulator(emu, base_url)      fresh emulator per test, served on 127.0.0.1
    conformance_emulator_options -> dict                        override to pass Emulator options (strict auth...)
    run_official(script, base_url=None, **params) -> Any        run a script in the official venv, get JSON back

A script runs with `client` (a CogniteClient for the emulator), `PARAMS` (the keyword params) and
`emit(obj)` (send the JSON result back) already defined. Example:

    def test_x(conformance_emulator, run_official):
        out = run_official("emit([a.name for a in client.assets.list(limit=None)])")
"""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cognite.emulator import Emulator
from cognite.emulator.validation import spec_available

REPO_ROOT = Path(__file__).resolve().parents[2]
OFFICIAL_PYTHON = REPO_ROOT / ".venv-official" / "bin" / "python"
PROJECT = "conformance"
RESULT_MARKER = "__CONFORMANCE_RESULT__"
SCRIPT_TIMEOUT = 180

PRELUDE = f"""
import json, os, sys
from cognite.client import ClientConfig, CogniteClient, global_config
from cognite.client.credentials import Token

global_config.disable_pypi_version_check = True
BASE_URL = os.environ["EMULATOR_BASE_URL"]
PROJECT = os.environ["EMULATOR_PROJECT"]
PARAMS = json.loads(os.environ["CONFORMANCE_PARAMS"])
client = CogniteClient(
    ClientConfig(client_name="conformance", project=PROJECT, credentials=Token("conformance"), base_url=BASE_URL)
)


def emit(obj):
    sys.stdout.write("\\n{RESULT_MARKER}" + json.dumps(obj, default=str) + "\\n")
    sys.stdout.flush()

"""


@dataclass
class ServedEmulator:
    emu: Emulator
    base_url: str
    project: str = PROJECT


def official_sdk_available() -> bool:
    return OFFICIAL_PYTHON.exists()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.conformance)


@pytest.fixture(scope="session")
def official_python() -> Path:
    if not official_sdk_available():
        pytest.skip(f"the official SDK venv is missing ({OFFICIAL_PYTHON}); create it with `make official-venv`")
    return OFFICIAL_PYTHON


@pytest.fixture
def conformance_emulator_options() -> dict[str, Any]:
    """Keyword arguments for the conformance Emulator; override in a test module (e.g. strict auth)."""
    return {}


@pytest.fixture
def conformance_emulator(
    official_python: Path, conformance_emulator_options: dict[str, Any]
) -> Iterator[ServedEmulator]:
    validate = spec_available()
    if not validate:
        warnings.warn("the OpenAPI spec is missing (make fetch-spec): replies are not validated", stacklevel=1)
    options = {"seed": 2026, "validate_responses": validate, "projects": [PROJECT], **conformance_emulator_options}
    emu = Emulator(**options)
    with emu.serve_in_thread() as base_url:
        served = ServedEmulator(emu, base_url)
        yield served
    violations = emu.violations
    if violations:
        pytest.fail("emulator replies violate the spec:\n" + "\n".join(violations[:20]), pytrace=False)


@pytest.fixture
def run_official(conformance_emulator: ServedEmulator, official_python: Path) -> Callable[..., Any]:
    def run(script: str, base_url: str | None = None, **params: Any) -> Any:
        env = {
            **os.environ,
            "EMULATOR_BASE_URL": base_url or conformance_emulator.base_url,
            "EMULATOR_PROJECT": conformance_emulator.project,
            "CONFORMANCE_PARAMS": json.dumps(params),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        env.pop("PYTHONPATH", None)  # the official venv must not see this repo's `cognite` package
        source = PRELUDE + textwrap.dedent(script)
        proc = subprocess.run(
            [str(official_python), "-c", source],
            env=env,
            cwd="/",
            capture_output=True,
            text=True,
            timeout=SCRIPT_TIMEOUT,
        )
        if proc.returncode != 0:
            pytest.fail(
                f"official SDK script failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}\n{proc.stdout[-2000:]}",
                pytrace=False,
            )
        for line in reversed(proc.stdout.splitlines()):
            if line.startswith(RESULT_MARKER):
                return json.loads(line[len(RESULT_MARKER) :])
        return None

    return run


__all__ = ["PROJECT", "ServedEmulator", "official_sdk_available"]
