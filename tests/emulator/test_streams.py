"""The emulator's streams, records and GraphQL services on the wire: what the clients do not reach, and state kept
across a restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from cognite.emulator import Emulator

PROJECT = "/api/v1/projects/p"
CONTAINER = {"type": "container", "space": "s", "externalId": "c"}


def _record(xid: str, value: float) -> dict:
    return {"space": "s", "externalId": xid, "sources": [{"source": CONTAINER, "properties": {"v": value}}]}


def _setup(http) -> None:
    http.post(PROJECT + "/models/spaces", json={"items": [{"space": "s"}]})
    props = {"v": {"type": {"type": "float64"}}}
    http.post(PROJECT + "/models/containers", json={"items": [{**CONTAINER, "usedFor": "record", "properties": props}]})
    stream = {"externalId": "m", "settings": {"template": {"name": "MutableTestStream"}}}
    assert http.post(PROJECT + "/streams", json={"items": [stream]}).status_code == 201


def test_stream_requests_are_checked() -> None:
    with Emulator().client() as http:
        _setup(http)
        two = [{"externalId": x, "settings": {"template": {"name": "BasicLiveData"}}} for x in ("a", "b")]
        assert http.post(PROJECT + "/streams", json={"items": two}).status_code == 400
        bad = {"externalId": "Bad Name", "settings": {"template": {"name": "BasicLiveData"}}}
        assert "must match" in http.post(PROJECT + "/streams", json={"items": [bad]}).json()["error"]["message"]
        gone = http.delete(PROJECT + "/streams/m")
        assert gone.status_code == 410 and gone.json()["error"]["code"] == 410
        missing = http.post(PROJECT + "/streams/delete", json={"items": [{"externalId": "nope"}]})
        assert missing.status_code == 400 and missing.json()["error"]["missing"] == [{"externalId": "nope"}]
        assert http.get(PROJECT + "/streams/m", params={"includeStatistics": "maybe"}).status_code == 400


def test_record_requests_are_checked() -> None:
    with Emulator().client() as http:
        _setup(http)
        records = PROJECT + "/streams/m/records"
        dupes = http.post(records, json={"items": [_record("r", 1), _record("r", 2)]})
        assert dupes.status_code == 422 and dupes.json()["error"]["duplicated"] == [{"externalId": "s.r"}]
        assert http.post(records, json={"items": [_record(f"r{i}", i) for i in range(1001)]}).status_code == 400
        assert http.post(records, json={"items": [_record("r", 1)]}).status_code == 202
        has_data = http.post(records + "/filter", json={"filter": {"hasData": [CONTAINER]}}).json()["items"]
        assert [r["externalId"] for r in has_data] == ["r"]
        bad_ref = http.post(records + "/filter", json={"filter": {"equals": {"property": ["s", "v"], "value": 1}}})
        assert bad_ref.status_code == 400 and "Invalid record property reference" in bad_ref.json()["error"]["message"]
        assert http.post(records + "/filter", json={"limit": 1001}).status_code == 400
        assert http.post(records + "/sync", json={"initializeCursor": "yesterday"}).status_code == 400
        assert http.post(records + "/sync", json={"cursor": "not-a-cursor"}).status_code == 400
        units = {"aggregates": {"n": {"count": {}}}, "targetUnits": {"unitSystemName": "SI"}}
        assert "targetUnits" in http.post(records + "/aggregate", json=units).json()["error"]["message"]


def test_streams_records_and_dml_survive_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    first = Emulator(state_file=state)
    with first.client() as http:
        _setup(http)
        http.post(PROJECT + "/streams/m/records", json={"items": [_record("a", 1), _record("b", 2)]})
        http.post(PROJECT + "/streams/m/records/delete", json={"items": [{"space": "s", "externalId": "b"}]})
        cursor = http.post(PROJECT + "/streams/m/records/sync", json={"initializeCursor": "1d-ago"}).json()[
            "nextCursor"
        ]
        upsert = {"space": "s", "externalId": "M", "version": "1", "graphQlDml": "type Pump { name: String }"}
        mutation = "mutation($u: GraphQlDmlVersionUpsert!) { upsertGraphQlDmlVersion(graphQlDmlVersion: $u) { result { version } } }"
        http.post(PROJECT + "/dml/graphql", json={"query": mutation, "variables": {"u": upsert}})
    first.save()
    second = Emulator(state_file=state)
    with second.client() as http:
        assert [s["externalId"] for s in http.get(PROJECT + "/streams").json()["items"]] == ["m"]
        items = http.post(PROJECT + "/streams/m/records/filter", json={}).json()["items"]
        assert [(r["externalId"], r["properties"]["s"]["c"]["v"]) for r in items] == [("a", 1.0)]
        http.post(PROJECT + "/streams/m/records/upsert", json={"items": [_record("a", 5)]})
        later = http.post(PROJECT + "/streams/m/records/sync", json={"cursor": cursor}).json()["items"]
        assert [(r["externalId"], r["status"]) for r in later] == [("a", "updated")]
        query = '{ graphQlDmlVersionsById(space: "s", externalId: "M") { items { graphQlDml } } }'
        dml = http.post(PROJECT + "/dml/graphql", json={"query": query}).json()
        assert dml["data"]["graphQlDmlVersionsById"]["items"] == [{"graphQlDml": "type Pump { name: String }"}]


@pytest.mark.parametrize("body", [{}, {"query": ""}, {"query": "{ a }", "variables": [1]}])
def test_a_body_that_is_not_a_graphql_request_is_400(body: dict) -> None:
    with Emulator().client() as http:
        assert http.post(PROJECT + "/dml/graphql", json=body).status_code == 400
