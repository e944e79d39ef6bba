"""Sequences (+rows), RAW (+cursors), files (+content), extraction pipelines (+runs, config)."""

from __future__ import annotations

import httpx

from cognite.emulator import Emulator
from tests.emulator.conftest import Api


def _sequence(api: Api) -> dict:
    columns = [{"externalId": "num", "valueType": "DOUBLE"}, {"externalId": "txt", "valueType": "STRING"}]
    return api.post("/sequences", items=[{"externalId": "seq", "name": "s", "columns": columns}])["items"][0]


def test_sequence_rows_insert_list_latest_delete(api: Api) -> None:
    seq = _sequence(api)
    assert [c["valueType"] for c in seq["columns"]] == ["DOUBLE", "STRING"]
    rows = [{"rowNumber": n, "values": [n * 1.5, f"r{n}"]} for n in range(250)]
    api.post("/sequences/data", items=[{"externalId": "seq", "columns": ["num", "txt"], "rows": rows}])
    got, cursor = [], None
    while True:
        page = api.post("/sequences/data/list", {"externalId": "seq", "limit": 100, "cursor": cursor, "start": 10})
        got.extend(page["rows"])
        cursor = page.get("nextCursor")
        if not cursor:
            break
    assert [r["rowNumber"] for r in got] == list(range(10, 250))
    assert got[0]["values"] == [15.0, "r10"]
    only = api.post("/sequences/data/list", {"id": seq["id"], "columns": ["txt"], "end": 3})
    assert only["columns"] == [{"externalId": "txt", "valueType": "STRING"}]
    assert only["rows"] == [{"rowNumber": n, "values": [f"r{n}"]} for n in range(3)]
    latest = api.post("/sequences/data/latest", {"externalId": "seq", "before": 100})
    assert latest["rows"] == [{"rowNumber": 99, "values": [148.5, "r99"]}]
    api.post("/sequences/data/delete", items=[{"externalId": "seq", "rows": [249, 248]}])
    assert api.post("/sequences/data/latest", {"externalId": "seq"})["rows"][0]["rowNumber"] == 247
    bad = [{"externalId": "seq", "columns": ["num"], "rows": [{"rowNumber": 1, "values": ["not a number"]}]}]
    assert api.post("/sequences/data", items=bad, expect=400)["error"]["code"] == 400


def test_sequence_column_updates(api: Api) -> None:
    _sequence(api)
    update = {
        "columns": {
            "add": [{"externalId": "new", "valueType": "LONG"}],
            "remove": [{"externalId": "txt"}],
            "modify": [{"externalId": "num", "update": {"name": {"set": "Number"}}}],
        }
    }
    out = api.post("/sequences/update", items=[{"externalId": "seq", "update": update}])["items"][0]
    assert [(c["externalId"], c.get("name")) for c in out["columns"]] == [("num", "Number"), ("new", None)]


def test_raw_dbs_tables_rows(api: Api) -> None:
    assert api.post("/raw/dbs", items=[{"name": "db"}], expect=201)["items"][0]["name"] == "db"
    assert api.post("/raw/dbs", items=[{"name": "db"}], expect=400)["error"]["duplicated"] == [{"name": "db"}]
    api.post("/raw/dbs/db/tables", items=[{"name": "t"}], expect=201)
    rows = [{"key": f"k{i:04d}", "columns": {"i": i, "s": str(i)}} for i in range(500)]
    api.post("/raw/dbs/db/tables/t/rows", items=rows)
    assert api.get("/raw/dbs/db/tables/t/rows/k0007")["columns"] == {"i": 7, "s": "7"}
    page = api.get("/raw/dbs/db/tables/t/rows", limit=100, columns="i")
    assert len(page["items"]) == 100 and page["items"][0]["columns"] == {"i": 0}
    # Parallel reads: the cursors split the table into disjoint ranges covering every row.
    cursors = api.get("/raw/dbs/db/tables/t/cursors", numberOfCursors=7)["items"]
    assert len(cursors) == 7
    keys: list[str] = []
    for start in cursors:
        cursor = start
        while cursor:
            page = api.get("/raw/dbs/db/tables/t/rows", limit=40, cursor=cursor)
            keys.extend(r["key"] for r in page["items"])
            cursor = page.get("nextCursor")
    assert sorted(keys) == [r["key"] for r in rows] and len(keys) == len(set(keys))
    api.post("/raw/dbs/db/tables/t/rows/delete", items=[{"key": "k0000"}])
    assert api.get("/raw/dbs/db/tables/t/rows/k0000", expect=404)["error"]["code"] == 404
    assert api.post("/raw/dbs/delete", items=[{"name": "db"}], expect=400)["error"]["code"] == 400
    api.post("/raw/dbs/delete", items=[{"name": "db"}], recursive=True)
    assert api.get("/raw/dbs")["items"] == []


def test_raw_ensure_parent_and_missing_table(api: Api) -> None:
    assert api.post("/raw/dbs/x/tables/y/rows", items=[{"key": "a", "columns": {}}], expect=404)["error"]
    r = api.http.post(
        "/api/v1/projects/test/raw/dbs/x/tables/y/rows",
        params={"ensureParent": "true"},
        json={"items": [{"key": "a", "columns": {"v": 1}}]},
    )
    assert r.status_code == 200
    assert [t["name"] for t in api.get("/raw/dbs/x/tables")["items"]] == ["y"]


def test_file_upload_and_download_through_emulator_urls(emu: Emulator, api: Api) -> None:
    meta = api.post("/files", {"externalId": "f", "name": "f.txt", "mimeType": "text/plain"}, expect=201)
    assert meta["uploaded"] is False and meta["uploadUrl"].startswith(emu.base_url)
    assert api.http.put(meta["uploadUrl"], content=b"hello world").status_code == 200
    stored = api.post("/files/byids", items=[{"externalId": "f"}])["items"][0]
    assert stored["uploaded"] is True and stored["uploadedTime"] > 0
    link = api.post("/files/downloadlink", items=[{"externalId": "f"}])["items"][0]
    assert link["externalId"] == "f"
    got = api.http.get(link["downloadUrl"])
    assert got.content == b"hello world" and got.headers["content-type"].startswith("text/plain")
    assert api.post("/files", {"externalId": "f", "name": "again"}, expect=409)["error"]["duplicated"]
    r = api.http.post(
        "/api/v1/projects/test/files", params={"overwrite": "true"}, json={"externalId": "f", "name": "g"}
    )
    assert r.status_code == 201 and r.json()["uploaded"] is False


def test_file_multipart_upload_over_socket() -> None:
    emu = Emulator()
    with emu.serve_in_thread() as base_url, httpx.Client(base_url=base_url) as http:
        r = http.post("/api/v1/projects/p/files/initmultipartupload", params={"parts": 3}, json={"name": "big"})
        assert r.status_code == 201
        meta = r.json()
        assert all(u.startswith(base_url) for u in meta["uploadUrls"])
        for n, url in enumerate(meta["uploadUrls"]):
            assert http.put(url, content=bytes([n]) * 10).status_code == 200
        done = http.post(
            "/api/v1/projects/p/files/completemultipartupload", json={"id": meta["id"], "uploadId": meta["uploadId"]}
        )
        assert done.status_code == 200
        link = http.post("/api/v1/projects/p/files/downloadlink", json={"items": [{"id": meta["id"]}]}).json()
        assert http.get(link["items"][0]["downloadUrl"]).content == b"\x00" * 10 + b"\x01" * 10 + b"\x02" * 10


def test_extraction_pipelines_runs_and_config(api: Api) -> None:
    ds = api.post("/datasets", items=[{"name": "ds"}])["items"][0]
    pipe = {"externalId": "ep", "name": "ep", "dataSetId": ds["id"]}
    assert api.post("/extpipes", items=[{"externalId": "x", "name": "x"}], expect=400)["error"]["code"] == 400
    created = api.post("/extpipes", items=[pipe])["items"][0]
    api.post(
        "/extpipes/runs",
        items=[
            {"externalId": "ep", "status": "success", "createdTime": 1000},
            {"externalId": "ep", "status": "failure", "message": "boom", "createdTime": 2000},
        ],
    )
    got = api.get(f"/extpipes/{created['id']}")
    assert got["lastSuccess"] == 1000 and got["lastFailure"] == 2000 and got["lastMessage"] == "boom"
    runs = api.post("/extpipes/runs/list", filter={"externalId": "ep", "statuses": ["failure"]})["items"]
    assert [r["message"] for r in runs] == ["boom"]
    assert len(api.get("/extpipes/runs", externalId="ep")["items"]) == 2
    assert api.post("/extpipes/runs", items=[{"externalId": "ep", "status": "meh"}], expect=400)["error"]
    api.post("/extpipes/config", {"externalId": "ep", "config": "a: 1"})
    api.post("/extpipes/config", {"externalId": "ep", "config": "a: 2", "description": "second"})
    assert api.get("/extpipes/config", externalId="ep")["revision"] == 2
    assert api.get("/extpipes/config", externalId="ep", revision=1)["config"] == "a: 1"
    reverted = api.post("/extpipes/config/revert", {"externalId": "ep", "revision": 1})
    assert reverted["revision"] == 3 and reverted["config"] == "a: 1"
    revisions = api.get("/extpipes/config/revisions", externalId="ep")["items"]
    assert [r["revision"] for r in revisions] == [3, 2, 1] and "config" not in revisions[0]


def test_raw_tables_duplicated_and_missing(api: Api) -> None:
    api.post("/raw/dbs", items=[{"name": "db"}])
    api.post("/raw/dbs/db/tables", items=[{"name": "t"}])
    dup = api.post("/raw/dbs/db/tables", items=[{"name": "u"}, {"name": "t"}], expect=400)["error"]
    assert dup["duplicated"] == [{"name": "t"}]
    assert [t["name"] for t in api.get("/raw/dbs/db/tables")["items"]] == ["t"]  # all or none
    missing = api.post("/raw/dbs/db/tables/delete", items=[{"name": "t"}, {"name": "v"}], expect=404)["error"]
    assert missing["missing"] == [{"name": "v"}]
    assert api.post("/raw/dbs/delete", items=[{"name": "nope"}], expect=404)["error"]["missing"] == [{"name": "nope"}]
    api.post("/raw/dbs/db/tables/delete", items=[{"name": "t"}])
    assert api.get("/raw/dbs/db/tables")["items"] == []
