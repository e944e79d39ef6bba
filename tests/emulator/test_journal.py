"""The state file's journal, in-process: a write the emulator answered is replayed exactly (same ids, timestamps,
values) by the next emulator on the same state file, even when the first one never saved (a crash); a torn last
record is ignored; snapshots rotate the journal; a reset is not undone by a replay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import numpy as np

from cognite.client import CogniteClient
from cognite.client.data_classes import TimeSeriesWrite
from cognite.client.testing.pytest_plugin import emulator_client_config
from cognite.emulator import Emulator
from cognite.emulator.journal import read_records, segments

PROJECT = "/api/v1/projects/j"


def _writes(http: httpx.Client) -> dict[str, Any]:
    """A mix of writes of every kind the journal handles; returns what the emulator acknowledged."""
    acked: dict[str, Any] = {}
    r = http.post(PROJECT + "/assets", json={"items": [{"name": "no xid"}, {"externalId": "root", "name": "r"}]})
    acked["assets"] = r.json()["items"]
    child = http.post(
        PROJECT + "/assets", json={"items": [{"externalId": "c", "name": "c", "parentExternalId": "root"}]}
    )
    acked["assets"] += child.json()["items"]
    upd = http.post(
        PROJECT + "/assets/update", json={"items": [{"externalId": "root", "update": {"name": {"set": "R"}}}]}
    )
    acked["assets"][1] = upd.json()["items"][0]
    gone = http.post(PROJECT + "/events", json={"items": [{"externalId": "gone"}]}).json()["items"][0]
    http.post(PROJECT + "/events/delete", json={"items": [{"id": gone["id"]}]})
    acked["events"] = http.post(PROJECT + "/events", json={"items": [{"externalId": "e", "startTime": 5}]}).json()[
        "items"
    ]
    ts = [{"externalId": "num"}, {"externalId": "str", "isString": True}]
    acked["timeseries"] = http.post(PROJECT + "/timeseries", json={"items": ts}).json()["items"]
    points = [{"timestamp": t, "value": t / 2} for t in range(0, 5000, 10)]
    for body in (
        {"items": [{"externalId": "num", "datapoints": points}]},
        {"items": [{"externalId": "str", "datapoints": [{"timestamp": 1, "value": "on"}]}]},
    ):
        assert http.post(PROJECT + "/timeseries/data", json=body).status_code == 200
    http.post(
        PROJECT + "/timeseries/data/delete",
        json={"items": [{"externalId": "num", "inclusiveBegin": 0, "exclusiveEnd": 100}]},
    )
    rows = {"items": [{"key": "k1", "columns": {"v": 1}}, {"key": "k2", "columns": {"v": 2}}]}
    assert http.post(PROJECT + "/raw/dbs/db/tables/t/rows?ensureParent=true", json=rows).status_code == 200
    http.post(PROJECT + "/models/spaces", json={"items": [{"space": "sp"}]})
    nodes = {"items": [{"instanceType": "node", "space": "sp", "externalId": f"n{i}"} for i in range(3)]}
    acked["nodes"] = http.post(PROJECT + "/models/instances", json=nodes).json()["items"]
    return acked


def _read(http: httpx.Client) -> dict[str, Any]:
    assets = http.post(PROJECT + "/assets/list", json={"limit": 1000}).json()["items"]
    dps = http.post(
        PROJECT + "/timeseries/data/list",
        json={"items": [{"externalId": "num"}, {"externalId": "str"}], "start": 0, "end": 10_000, "limit": 10_000},
    ).json()["items"]
    return {
        "assets": sorted(assets, key=lambda a: a["id"]),
        "events": http.post(PROJECT + "/events/list", json={}).json()["items"],
        "timeseries": http.post(PROJECT + "/timeseries/list", json={}).json()["items"],
        "datapoints": [item["datapoints"] for item in dps],
        "rows": http.get(PROJECT + "/raw/dbs/db/tables/t/rows").json()["items"],
        "nodes": http.post(PROJECT + "/models/instances/list", json={"limit": 100}).json()["items"],
    }


def test_unsaved_writes_are_replayed_exactly(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    first = Emulator(seed=3, state_file=state)
    with first.client() as http:
        acked = _writes(http)
        before = _read(http)
    # No save, no close: as if the process had been killed. The journal holds every write.
    kinds = [p[:1] for _, path in segments(state) for p in read_records(path)]
    assert b"D" in kinds, "numeric datapoint inserts are journaled as arrays"
    second = Emulator(seed=3, state_file=state)
    assert second.durability is not None and second.durability.replayed == len(kinds)
    with second.client() as http:
        after = _read(http)
        assert after == before  # ids, createdTime / lastUpdatedTime, versions, values: all as acknowledged
        assert {a["id"] for a in acked["assets"]} == {a["id"] for a in after["assets"]}
        assert [n["version"] for n in after["nodes"]] == [n["version"] for n in acked["nodes"]]
        assert after["datapoints"][0][0] == {"timestamp": 100, "value": 50.0}  # the delete replayed too
        # New ids continue the generator, and never repeat a replayed one.
        new = http.post(PROJECT + "/assets", json={"items": [{"name": "new"}]}).json()["items"][0]
        assert new["id"] not in {a["id"] for a in after["assets"]}
    second.close()


def test_a_torn_last_record_is_ignored(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    first = Emulator(state_file=state)
    with first.client() as http:
        http.post(PROJECT + "/assets", json={"items": [{"externalId": "kept", "name": "a"}]})
    newest = segments(state)[-1][1]
    with open(newest, "ab") as f:
        f.write(b"\x40\x00\x00\x00\x00\x00\x00\x00R{half a record")  # a crash in the middle of an append
    second = Emulator(state_file=state)
    with second.client() as http:
        names = [a["externalId"] for a in http.post(PROJECT + "/assets/list", json={}).json()["items"]]
        assert names == ["kept"]
        http.post(PROJECT + "/assets", json={"items": [{"externalId": "later", "name": "b"}]})
    third = Emulator(state_file=state)  # the torn tail is gone: writes after it replay too
    with third.client() as http:
        names = [a["externalId"] for a in http.post(PROJECT + "/assets/list", json={}).json()["items"]]
    assert sorted(names) == ["kept", "later"]


def test_snapshots_rotate_the_journal(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    emu = Emulator(state_file=state)
    with emu.client() as http:
        gone = http.post(PROJECT + "/assets", json={"items": [{"name": "gone"}]}).json()["items"][0]
        http.post(PROJECT + "/assets/delete", json={"items": [{"id": gone["id"]}]})  # its id is drawn, not in use
        http.post(PROJECT + "/assets", json={"items": [{"externalId": "a", "name": "a"}]})
        before = [n for n, _ in segments(state)]
        assert http.post("/_emulator/save").status_code == 200
        after = [n for n, _ in segments(state)]
        assert len(after) == 1 and after[0] > before[-1]  # older segments went into the state file
        assert list(read_records(segments(state)[0][1])) == []
        b = http.post(PROJECT + "/assets", json={"items": [{"externalId": "b", "name": "b"}]}).json()["items"][0]
    again = Emulator(state_file=state)  # snapshot + the newer segment
    with again.client() as http:
        listed = {a["externalId"]: a for a in http.post(PROJECT + "/assets/list", json={}).json()["items"]}
    assert sorted(listed) == ["a", "b"]
    assert listed["b"] == b  # replayed on the snapshot's id generator: the same id as acknowledged


def test_a_reset_is_not_undone_by_a_replay(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    emu = Emulator(state_file=state)
    with emu.client() as http:
        http.post(PROJECT + "/assets", json={"items": [{"externalId": "old", "name": "a"}]})
        http.post("/_emulator/reset")
        http.post(PROJECT + "/assets", json={"items": [{"externalId": "new", "name": "b"}]})
    again = Emulator(state_file=state)
    with again.client() as http:
        names = [a["externalId"] for a in http.post(PROJECT + "/assets/list", json={}).json()["items"]]
    assert names == ["new"]


def test_file_contents_and_sdk_writes_survive(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    emu = Emulator(state_file=state)
    client = CogniteClient(emulator_client_config(emu), http_transport=emu.transport)
    client.files.upload_bytes(b"journaled bytes", name="f.txt", external_id="f")
    client.time_series.create(TimeSeriesWrite(external_id="x"))
    client.time_series.data.insert([(1000, 1.5), (2000, 2.5)], external_id="x")  # protobuf on the wire
    again = Emulator(state_file=state)
    client = CogniteClient(emulator_client_config(again), http_transport=again.transport)
    assert client.files.download_bytes(external_id="f") == b"journaled bytes"
    arrays = client.time_series.data.retrieve_arrays(external_id="x", start=0, end=10_000)
    assert list(arrays.timestamp.astype("datetime64[ms]").astype(np.int64)) == [1000, 2000]
    assert list(arrays.value) == [1.5, 2.5]


def test_multipart_uploads_survive_a_crash(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    emu = Emulator(state_file=state)
    client = CogniteClient(emulator_client_config(emu), http_transport=emu.transport)
    with client.files.multipart_upload_session("a.bin", parts=2, external_id="replayed") as session:
        session.upload_part(0, b"all of it ")
        session.upload_part(1, b"in the journal")
    with client.files.multipart_upload_session("b.bin", parts=2, external_id="snapshot") as session:
        session.upload_part(0, b"first part, ")
        emu.save()  # a snapshot while the upload is in progress
        session.upload_part(1, b"last part")
    again = Emulator(state_file=state)  # an init replays with the same upload id, so its completion does too
    client = CogniteClient(emulator_client_config(again), http_transport=again.transport)
    assert client.files.download_bytes(external_id="replayed") == b"all of it in the journal"
    assert client.files.download_bytes(external_id="snapshot") == b"first part, last part"


async def test_concurrent_writes_share_fsyncs(tmp_path: Path) -> None:
    import asyncio

    emu = Emulator(state_file=tmp_path / "state.json")
    assert emu.durability is not None
    async with emu.async_client() as http:

        async def create(i: int) -> int:
            r = await http.post(PROJECT + "/assets", json={"items": [{"externalId": f"a{i}", "name": "a"}]})
            return r.status_code

        assert await asyncio.gather(*(create(i) for i in range(50))) == [201] * 50
    journal = emu.durability.journal
    assert journal is not None
    assert 1 <= journal.fsyncs < 50  # group commit: a write arriving during an fsync rides on the next one
    emu.close()


def test_deleting_the_state_file_starts_afresh(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    emu = Emulator(state_file=state)
    assert state.exists()  # written at start, before any journal segment
    with emu.client() as http:
        http.post(PROJECT + "/assets", json={"items": [{"externalId": "old", "name": "a"}]})
    assert segments(state)
    state.unlink()  # the journal left behind belongs to the deleted state: not replayed
    again = Emulator(state_file=state)
    with again.client() as http:
        assert http.post(PROJECT + "/assets/list", json={}).json()["items"] == []
