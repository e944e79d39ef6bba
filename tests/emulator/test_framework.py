"""App factory, in-process transports, request log, gzip bodies, errors, control plane."""

from __future__ import annotations

import gzip

import httpx
import orjson
import pytest

from cognite.emulator import Emulator, create_app
from tests.emulator.conftest import PROJECT, PROJECT_NAME, Api


def test_create_app_exposes_emulator() -> None:
    app = create_app(seed=5)
    assert isinstance(app.state.emulator, Emulator)
    assert app.state.emulator.seed == 5


async def test_async_transport_round_trip(emu: Emulator) -> None:
    async with emu.async_client() as client:
        r = await client.post(PROJECT + "/assets", json={"items": [{"name": "pump"}]})
    assert r.status_code == 201
    item = r.json()["items"][0]
    assert item["name"] == "pump"
    assert item["rootId"] == item["id"]


def test_every_response_has_a_request_id(api: Api) -> None:
    ok = api.http.post(PROJECT + "/assets/list", json={})
    bad = api.http.post(PROJECT + "/assets/byids", json={"items": [{"id": 1}]})
    unknown = api.http.get(PROJECT + "/no/such/route")
    control = api.http.get("/_emulator/health")
    ids = [r.headers["x-request-id"] for r in (ok, bad, unknown, control)]
    assert len(set(ids)) == 4
    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == 404


def test_gzip_request_body_and_request_log(emu: Emulator, api: Api) -> None:
    body = gzip.compress(orjson.dumps({"items": [{"externalId": "z", "name": "zipped"}]}))
    r = api.http.post(
        PROJECT + "/assets",
        content=body,
        headers={"content-encoding": "gzip", "content-type": "application/json", "cdf-version": "20230101"},
    )
    assert r.status_code == 201, r.text
    entry = emu.requests.last
    assert entry.route == "/assets" and entry.project == "test"
    assert entry.gzipped and entry.raw_body == body
    assert entry.json() == {"items": [{"externalId": "z", "name": "zipped"}]}
    assert entry.headers["cdf-version"] == "20230101"
    assert entry.status == 201
    assert [e.route for e in emu.requests.find("POST", "/assets")] == ["/assets"]
    api.http.get(PROJECT + "/assets", params={"limit": 5, "partition": "1/2"})
    assert emu.requests.last.params == {"limit": "5", "partition": "1/2"}


def test_invalid_json_and_bad_gzip_are_400(api: Api) -> None:
    r = api.http.post(PROJECT + "/assets", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400 and "JSON" in r.json()["error"]["message"]
    r = api.http.post(PROJECT + "/assets", content=b"nope", headers={"content-encoding": "gzip"})
    assert r.status_code == 400 and "gzip" in r.json()["error"]["message"]


def test_control_plane_reset_faults_and_requests(emu: Emulator, api: Api) -> None:
    api.post("/assets", items=[{"name": "a"}])
    r = api.http.post("/_emulator/faults", json={"rules": [{"status": 503, "times": 1, "on": "POST /assets/list"}]})
    assert r.status_code == 200 and r.json()["rules"][0]["status"] == 503
    assert api.http.post(PROJECT + "/assets/list", json={}).status_code == 503
    assert api.http.post(PROJECT + "/assets/list", json={}).status_code == 200
    log = api.http.get("/_emulator/requests").json()["items"]
    assert [e["status"] for e in log] == [201, 503, 200]
    assert log[1]["fault"] == "status:503"
    assert api.http.post("/_emulator/reset").status_code == 200
    assert api.post("/assets/list")["items"] == []
    assert emu.faults.rules == []
    bad = api.http.post("/_emulator/faults", json={"rules": [{"status": 200}]})
    assert bad.status_code == 400


def test_reset_restarts_ids_from_seed(emu: Emulator, api: Api) -> None:
    first = api.post("/assets", items=[{"name": "a"}])["items"][0]["id"]
    emu.reset()
    again = api.post("/assets", items=[{"name": "a"}])["items"][0]["id"]
    assert first == again
    other = Emulator(seed=43)
    with other.client() as c:
        third = c.post(PROJECT + "/assets", json={"items": [{"name": "a"}]}).json()["items"][0]["id"]
    assert third != first
    assert 0 < first < 2**63


def test_serve_in_thread_real_socket() -> None:
    emu = Emulator()
    with emu.serve_in_thread() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=base_url) as client:
            r = client.post(PROJECT + "/assets", json={"items": [{"name": "over-the-wire"}]})
            assert r.status_code == 201
            assert r.headers["x-request-id"]
            assert client.get("/_emulator/health").json()["status"] == "ok"


@pytest.mark.parametrize("after", [False, True])
def test_dropped_connection_over_socket(after: bool) -> None:
    emu = Emulator()
    emu.faults.drop_connections(times=1, on="POST /assets", after=after)
    with emu.serve_in_thread() as base_url, httpx.Client(base_url=base_url) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.post(PROJECT + "/assets", json={"items": [{"name": "x"}]})
        items = client.post(PROJECT + "/assets/list", json={}).json()["items"]
    # "after": the create happened although the client never saw the answer.
    assert len(items) == (1 if after else 0)


def test_dropped_connection_in_process(emu: Emulator, api: Api) -> None:
    emu.faults.drop_connections(times=1, on="POST /assets/list")
    with pytest.raises(httpx.RemoteProtocolError):
        api.http.post(PROJECT + "/assets/list", json={})
    assert api.http.post(PROJECT + "/assets/list", json={}).status_code == 200


def test_request_log_is_bounded_by_count_and_bytes() -> None:
    from cognite.emulator.requestlog import LoggedRequest, RequestLog

    def entry(n: int, size: int) -> LoggedRequest:
        return LoggedRequest("POST", "/p", "/p", None, "", {}, b"x" * size, str(n))

    log = RequestLog(maxlen=3, max_bytes=1000)
    for n in range(5):
        log.append(entry(n, 10))
    assert [e.request_id for e in log] == ["2", "3", "4"]
    log.append(entry(5, 995))
    assert [e.request_id for e in log] == ["5"]
    off = RequestLog(maxlen=0)
    off.append(entry(0, 1))
    assert len(off) == 0


def test_internal_errors_answer_with_cdf_body(emu: Emulator, api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("boom")

    # An emulator bug stands in for "anything unexpected"; the emulator cannot produce one on purpose.
    monkeypatch.setattr(emu.resource("assets"), "search_score", broken)
    api.post("/assets", items=[{"name": "a"}])
    r = api.http.post(PROJECT + "/assets/search", json={"search": {"name": "a"}})
    assert r.status_code == 500
    assert r.json()["error"]["code"] == 500 and "boom" in r.json()["error"]["message"]
    assert r.headers["x-request-id"]


def test_constructor_and_server_argument_validation() -> None:
    with pytest.raises(TypeError):
        Emulator(seed="1")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Emulator(request_log_size=-1)
    with pytest.raises(ValueError):
        Emulator(token_lifetime=0)
    with pytest.raises(ValueError), Emulator().serve_in_thread(port=70000):
        pass


def test_gzip_responses_when_enabled_and_accepted() -> None:
    emu = Emulator(gzip_responses=True)
    with emu.serve_in_thread() as base_url, httpx.Client(base_url=base_url) as http:
        http.post(PROJECT + "/assets", json={"items": [{"name": f"asset {i}"} for i in range(50)]})
        big = http.post(PROJECT + "/assets/list", json={}, headers={"accept-encoding": "gzip"})
        assert big.headers["content-encoding"] == "gzip" and len(big.json()["items"]) == 50
        plain = http.post(PROJECT + "/assets/list", json={}, headers={"accept-encoding": "identity"})
        assert "content-encoding" not in plain.headers and plain.json() == big.json()
        small = http.post(PROJECT + "/assets/list", json={"limit": 1}, headers={"accept-encoding": "gzip"})
        assert "content-encoding" not in small.headers


def test_sequential_ids() -> None:
    emu = Emulator(sequential_ids=True, projects=[PROJECT_NAME])
    with emu.client() as http:
        first = http.post(PROJECT + "/assets", json={"items": [{"name": "a"}, {"name": "b"}]}).json()["items"]
        assert [a["id"] for a in first] == [1, 2]
        emu.ids.restart_at(100)
        assert http.post(PROJECT + "/timeseries", json={"items": [{}]}).json()["items"][0]["id"] == 100
        emu.ids.restart_at(1)  # taken ids are skipped
        assert http.post(PROJECT + "/events", json={"items": [{}]}).json()["items"][0]["id"] == 3
    emu.reset()
    assert emu.ids.next() == 1
