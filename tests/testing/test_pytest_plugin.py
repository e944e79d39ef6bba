"""The pytest plugin: fixtures bound to a fresh in-process emulator, usable from a user's own test suite."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cognite.client import AsyncCogniteClient, CogniteClient
from cognite.client.data_classes import AssetWrite
from cognite.client.testing.pytest_plugin import CLIENT_NAME, TOKEN

REPO = Path(__file__).resolve().parents[2]


def test_cognite_client_talks_to_the_fixture_emulator(cognite_client, cognite_emulator) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(cognite_client, CogniteClient)
    cognite_client.assets.create(AssetWrite(external_id="pump-1", name="Pump 1"))

    assert cognite_client.assets.retrieve(external_id="pump-1").name == "Pump 1"
    sent = cognite_emulator.requests.find(method="POST", route="/assets")
    assert len(sent) == 1
    assert sent[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert sent[0].headers["x-cdp-app"] == CLIENT_NAME


async def test_async_cognite_client_shares_the_emulator(async_cognite_client, cognite_client) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(async_cognite_client, AsyncCogniteClient)
    await async_cognite_client.assets.create(AssetWrite(external_id="a", name="A"))
    assert cognite_client.assets.retrieve(external_id="a") is not None


def test_emulator_options_can_be_overridden_and_strict_auth_still_works(pytester_like) -> None:  # type: ignore[no-untyped-def]
    result = pytester_like(
        """
        import pytest
        from cognite.client.data_classes import AssetWrite

        @pytest.fixture
        def cognite_emulator_options():
            return {"strict_auth": True, "seed": 7}

        def test_strict(cognite_client, cognite_emulator):
            assert cognite_emulator.auth.strict
            cognite_client.assets.create(AssetWrite(external_id="x", name="x"))
            assert cognite_client.assets.retrieve(external_id="x").name == "x"
        """
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_users_test_suite_gets_the_fixtures_from_the_plugin(pytester_like) -> None:  # type: ignore[no-untyped-def]
    result = pytester_like(
        """
        from cognite.client.data_classes import AssetWrite

        def test_first(cognite_client):
            cognite_client.assets.create(AssetWrite(external_id="only-here", name="x"))
            assert len(cognite_client.assets.list(limit=None)) == 1

        def test_second_sees_a_fresh_project(cognite_client):
            assert len(cognite_client.assets.list(limit=None)) == 0

        def test_failure_is_reported(cognite_client):
            assert cognite_client.assets.retrieve(external_id="missing") is not None
        """
    )
    assert result.returncode == 1
    assert "1 failed, 2 passed" in result.stdout, result.stdout + result.stderr
    assert "test_failure_is_reported" in result.stdout


@pytest.fixture
def pytester_like(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run pytest on a user's test file in a fresh interpreter, loading only our plugin (as an installed SDK does)."""

    def run(source: str) -> subprocess.CompletedProcess[str]:
        (tmp_path / "test_user.py").write_text(textwrap.dedent(source))
        env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONPATH": str(REPO)}
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "cognite.client.testing.pytest_plugin",
                "-p",
                "no:cacheprovider",
                "--rootdir",
                str(tmp_path),
                "-c",
                os.devnull,
                str(tmp_path),
            ],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    return run
