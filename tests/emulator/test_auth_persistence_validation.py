"""Token endpoint, strict auth, token inspection; persistence; response validation; the CLI."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from cognite.emulator import Emulator
from cognite.emulator.__main__ import build, parse_args
from cognite.emulator.validation import ResponseValidator, spec_available
from tests.emulator.conftest import PROJECT, Api


def _token(
    http: httpx.Client, client_id: str = "svc", secret: str = "s3cret", path: str = "/oauth2/token"
) -> httpx.Response:
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret, "scope": "x"}
    return http.post(path, data=form)


def test_client_credentials_and_strict_auth() -> None:
    emu = Emulator(strict_auth=True, clients={"svc": "s3cret"}, token_lifetime=60)
    with emu.client() as http:
        assert http.post(PROJECT + "/assets/list", json={}).status_code == 401
        bad = http.post(PROJECT + "/assets/list", json={}, headers={"authorization": "Bearer made-up"})
        assert bad.status_code == 401 and bad.json() == {"error": {"code": 401, "message": "Unauthorized"}}
        assert _token(http, secret="wrong").status_code == 401
        assert _token(http, client_id="stranger").status_code == 401
        issued = _token(http, path="/my-tenant/oauth2/v2.0/token")
        assert issued.status_code == 200
        body = issued.json()
        assert body["token_type"] == "Bearer" and body["expires_in"] == 60
        auth = {"authorization": f"Bearer {body['access_token']}"}
        assert http.post(PROJECT + "/assets/list", json={}, headers=auth).status_code == 200
        inspect = http.get("/api/v1/token/inspect", headers=auth).json()
        assert inspect["subject"] == "svc"
        assert inspect["projects"] and inspect["capabilities"]


def test_expired_token_is_rejected() -> None:
    emu = Emulator(strict_auth=True, clients={"svc": "s3cret"})
    token, _ = emu.auth.issue("svc", lifetime=0.001)
    time.sleep(0.01)
    with emu.client() as http:
        r = http.post(PROJECT + "/assets/list", json={}, headers={"authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_lenient_by_default(api: Api) -> None:
    assert api.http.post(PROJECT + "/assets/list", json={}).status_code == 200
    inspected = api.http.get("/api/v1/token/inspect").json()
    assert inspected["subject"] == "emulator-user"
    assert [p["projectUrlName"] for p in inspected["projects"]] == ["test"]
    assert _token(api.http, client_id="anyone").status_code == 200


def test_state_survives_restart(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    first = Emulator(state_file=state)
    with first.client() as http:
        http.post(PROJECT + "/assets", json={"items": [{"externalId": "a", "name": "kept"}]})
        http.post(
            PROJECT + "/raw/dbs/db/tables/t/rows?ensureParent=true", json={"items": [{"key": "k", "columns": {"v": 1}}]}
        )
        http.post(PROJECT + "/timeseries", json={"items": [{"externalId": "ts"}]})
        http.post(
            PROJECT + "/timeseries/data",
            json={"items": [{"externalId": "ts", "datapoints": [{"timestamp": 5, "value": 2.5}]}]},
        )
    first.save()
    second = Emulator(state_file=state)
    with second.client() as http:
        got = http.post(PROJECT + "/assets/byids", json={"items": [{"externalId": "a"}]}).json()["items"][0]
        assert got["name"] == "kept"
        assert http.get(PROJECT + "/raw/dbs/db/tables/t/rows/k").json()["columns"] == {"v": 1}
        # New ids never collide with loaded ones.
        new = http.post(PROJECT + "/assets", json={"items": [{"name": "new"}]}).json()["items"][0]
        assert new["id"] != got["id"]
        if second.datapoints is not None:
            latest = http.post(PROJECT + "/timeseries/data/latest", json={"items": [{"externalId": "ts"}]}).json()
            assert latest["items"][0]["datapoints"][0]["value"] == 2.5


@pytest.mark.skipif(not spec_available(), reason="the OpenAPI spec is missing (make fetch-spec)")
def test_validator_flags_schema_violations() -> None:
    validator = ResponseValidator()
    validator.check("POST", "/assets/list", 200, b'{"items": [{"name": "no id"}]}')
    validator.check("POST", "/assets", 200, b'{"items": []}')  # the spec documents 201 only
    validator.check("POST", "/assets/list", 200, b'{"items": []}')
    assert len(validator.violations) == 2
    assert "required" in validator.violations[0]
    assert "not documented" in validator.violations[1]


def test_cli_builds_configured_emulator() -> None:
    args = parse_args(
        [
            "--port",
            "0",
            "--seed",
            "3",
            "--fault-429",
            "0.5",
            "--retry-after",
            "2",
            "--latency",
            "0.01",
            "--short-pages",
            "50",
            "--fault-path",
            "POST /assets/list",
            "--strict-auth",
            "--client",
            "a:b",
        ]
    )
    emu = build(args)
    assert emu.seed == 3 and emu.auth.strict and emu.auth.clients["a"].client_secret == "b"
    kinds = {(r.status, r.latency, r.method, r.path, r.retry_after) for r in emu.faults.rules}
    assert kinds == {(None, 0.01, "POST", "/assets/list", None), (429, 0.0, "POST", "/assets/list", 2.0)}
    assert emu.faults.short_page(1000) == 50
    with pytest.raises(SystemExit):
        build(parse_args(["--client", "no-secret"]))
    by_operation = build(parse_args(["--fault-503", "1", "--fault-path", "listTimeSeries"]))
    assert [(r.method, r.path, r.operation) for r in by_operation.faults.rules] == [
        ("POST", "/timeseries/list", "listTimeSeries")
    ]
    quiet = build(parse_args(["--request-log-size", "0", "--gzip"]))
    with quiet.client() as http:
        http.post(PROJECT + "/assets/list", json={})
    assert len(quiet.requests) == 0 and quiet.gzip_responses


def test_request_log_served_over_http_hides_tokens() -> None:
    emu = Emulator()
    with emu.client() as http:
        http.post(PROJECT + "/assets/list", json={}, headers={"authorization": "Bearer very-secret", "api-key": "k"})
        logged = http.get("/_emulator/requests").json()["items"][-1]["headers"]
    assert logged["authorization"] == "Bearer ***" and logged["api-key"] == "***"
    assert "very-secret" not in str(logged)
    assert emu.requests.last.headers["authorization"] == "Bearer very-secret"  # in-process tests still see it
    # Credentials in bodies and query strings too: token requests, sessions, api keys.
    with emu.client() as http:
        _token(http, secret="form-secret")
        http.post(PROJECT + "/sessions", json={"items": [{"clientId": "svc", "clientSecret": "json-secret"}]})
        http.post(PROJECT + "/assets/list?api_key=query-secret&x=1", json={})
        served = http.get("/_emulator/requests").json()["items"]
    text = str(served)
    assert "form-secret" not in text and "json-secret" not in text and "query-secret" not in text
    assert served[-3]["body"]["client_secret"] == "***" and served[-3]["body"]["client_id"] == "svc"
    assert served[-2]["body"] == {"items": [{"clientId": "svc", "clientSecret": "***"}]}
    assert served[-1]["query"] == "api_key=***&x=1"


def test_control_plane_needs_the_admin_token_when_auth_is_strict() -> None:
    emu = Emulator(strict_auth=True, clients={"svc": "s3cret"}, admin_token="adm1n")
    with emu.client() as http:
        assert http.get("/_emulator/health").status_code == 200  # liveness stays open
        api_token = {"authorization": f"Bearer {_token(http).json()['access_token']}"}
        for method, path in [
            ("GET", "/_emulator/requests"),
            ("POST", "/_emulator/reset"),
            ("GET", "/_emulator/faults"),
            ("GET", "/_emulator/projects"),
        ]:
            assert http.request(method, path).status_code == 401, path
            # An API token is not enough: it is what every client holds.
            assert http.request(method, path, headers=api_token).status_code == 401, path
        admin = {"authorization": "Bearer adm1n"}
        assert http.get("/_emulator/requests", headers=admin).status_code == 200
        assert http.post("/_emulator/reset", headers=admin).status_code == 200
    assert Emulator(strict_auth=True).admin_token  # made up when not given (the CLI prints it)
    assert Emulator().admin_token is None  # lenient: the control plane is open


def test_cli_banner_says_where_and_how_to_connect(tmp_path: Path) -> None:
    from cognite.emulator.__main__ import banner

    args = parse_args(["--port", "9999", "--strict-auth", "--client", "svc:s3cret", "--admin-token", "adm1n"])
    text = banner(args, build(args))
    assert "http://127.0.0.1:9999" in text and "/oauth2/token" in text and "svc" in text and "s3cret" not in text
    assert "kept apart" in text and "--share-projects" in text and "Bearer adm1n" in text
    state = tmp_path / "s.json"
    shared = parse_args(["--share-projects", "--state-file", str(state)])
    emu = build(shared)
    text = banner(shared, emu)
    emu.close()
    assert "share the same data" in text and "any bearer token" in text and str(state) in text


def test_missing_dependency_names_the_emulator_extra() -> None:
    import subprocess
    import sys

    blocked = "import sys; sys.modules['starlette'] = None; "
    run = subprocess.run(
        [sys.executable, "-c", blocked + "from cognite.emulator import Emulator"], capture_output=True, text=True
    )
    assert run.returncode != 0
    assert "cognite-sdk-fast[emulator]" in run.stderr and "'starlette'" in run.stderr
    # The tool: a clear message and exit status 2, no traceback.
    as_tool = blocked + "import runpy; runpy.run_module('cognite.emulator', run_name='__main__', alter_sys=True)"
    run = subprocess.run([sys.executable, "-c", as_tool, "--port", "0"], capture_output=True, text=True)
    assert run.returncode == 2, run.stderr
    assert 'pip install "cognite-sdk-fast[emulator]"' in run.stderr and "Traceback" not in run.stderr
