"""Cold start stays cheap: what importing the SDK, building a client and reaching an API loads (issue 17).

Each check runs in a fresh interpreter (this test process has imported everything already) and reads `sys.modules`;
nothing is timed here (`benchmarks/cold_start.py` measures the time).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap

import pytest

BUILD_CLIENT = """
import json, sys
from cognite.client import ClientConfig, CogniteClient
from cognite.client.credentials import Token

client = CogniteClient(
    ClientConfig(client_name="t", project="p", credentials=Token("x"), base_url="http://127.0.0.1:9")
)
"""

# Never needed to build a client: heavy optional dependencies, the httpx CLI (rich/click/pygments, in dev venvs),
# numpy/protobuf (read paths import them), the generated endpoint modules and models, every resource API.
NOT_AT_BUILD = (
    "pandas",
    "numpy",
    "google.protobuf",
    "rich",
    "click",
    "pygments",
    "httpx._main",
    "httpcore",
    "cdf_api.api",
    "cdf_api.models",
    "cdf_api.protobuf",
    "cognite.client._api",
    "cognite.client._datapoints",
    "cognite.client.data_classes",
)


def _modules_after(code: str) -> dict[str, object]:
    """Run `code` in a fresh interpreter; it must print one JSON object (last line of stdout)."""
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _loaded(prefixes: tuple[str, ...]) -> str:
    names = ", ".join(repr(p) for p in prefixes)
    return f"[m for m in sys.modules if any(m == p or m.startswith(p + '.') for p in ({names},))]"


def test_importing_and_building_a_client_loads_none_of_the_heavy_modules() -> None:
    got = _modules_after(BUILD_CLIENT + f"print(json.dumps({{'loaded': sorted({_loaded(NOT_AT_BUILD)})}}))")
    assert got["loaded"] == []


def test_the_datapoints_api_loads_numpy_but_not_pandas_protobuf_or_the_insert_engine() -> None:
    never = ("pandas", "google.protobuf", "cognite.client._datapoints.insert", "cognite.client._datapoints.wire_encode")
    code = BUILD_CLIENT + f"dps = client.time_series.data\nprint(json.dumps({{'loaded': sorted({_loaded(never)}), "
    code += "'numpy': 'numpy' in sys.modules, 'type': type(dps).__name__}))"
    got = _modules_after(code)
    assert got == {"loaded": [], "numpy": True, "type": "SyncWrapper"}


def test_other_resource_apis_are_not_imported_by_the_one_in_use() -> None:
    others = ("cognite.client._api.assets", "cognite.client._api.files", "cognite.client._api.data_modeling")
    code = BUILD_CLIENT + "client.time_series.data\n"
    code += f"print(json.dumps({{'loaded': sorted({_loaded(others)}), 'ts': 'cognite.client._api.time_series' in sys.modules}}))"
    assert _modules_after(code) == {"loaded": [], "ts": True}


@pytest.mark.skipif(
    not all(importlib.util.find_spec(m) for m in ("click", "rich", "pygments")),
    reason="the httpx CLI's dependencies are not installed: httpx never imports it here",
)
def test_the_httpx_cli_still_works_when_asked_for() -> None:
    code = """
    import json, sys
    import cognite.client
    import httpx
    skipped = "httpx._main" not in sys.modules and "rich" not in sys.modules
    try:
        httpx.main(["--help"])
    except SystemExit as e:
        code = e.code
    import httpx._main
    print(json.dumps({"skipped": skipped, "exit": code, "real": hasattr(httpx._main, "print_help")}))
    """
    assert _modules_after(code) == {"skipped": True, "exit": 0, "real": True}


def test_a_plain_http_pool_loads_no_ca_bundle_and_an_https_pool_verifies() -> None:
    code = """
    import asyncio, json, ssl
    from cognite.client._http import pool

    def mode(client):
        return client._transport._pool._ssl_context.verify_mode == ssl.CERT_REQUIRED

    async def main():
        plain = pool.get_pool(tls=False)
        loaded_for_plain = pool._default_ssl_context.cache_info().currsize
        secure = pool.get_pool(tls=True)
        return {"plain_verifies": mode(plain), "ca_loaded_for_plain": loaded_for_plain, "https_verifies": mode(secure),
                "distinct": plain is not secure}

    print(json.dumps(asyncio.run(main())))
    """
    got = _modules_after(code)
    assert got == {"plain_verifies": False, "ca_loaded_for_plain": 0, "https_verifies": True, "distinct": True}
