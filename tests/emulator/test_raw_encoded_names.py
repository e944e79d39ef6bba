"""RAW names with '/' and '%': routes match the still-encoded path, through the SDK in-process and over a socket."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from cognite.client import CogniteClient
from cognite.emulator import Emulator
from tests.conftest import make_config

NAMES = [("db/one", "table%two", "row/1%2F"), ("a b", "100%", "x%25y/z")]


def _roundtrip(client: CogniteClient, db: str, table: str, key: str) -> None:
    client.raw.databases.create(db)
    client.raw.tables.create(db, table)
    client.raw.rows.insert(db, table, {key: {"c": 1}, "plain": {"c": 2}})
    assert [d.name for d in client.raw.databases.list(limit=None)] == [db]
    assert [t.name for t in client.raw.tables.list(db, limit=None)] == [table]
    assert client.raw.rows.retrieve(db, table, key).columns == {"c": 1}
    assert sorted(r.key for r in client.raw.rows.list(db, table, limit=None)) == sorted([key, "plain"])
    client.raw.rows.delete(db, table, key)
    assert client.raw.rows.retrieve(db, table, key) is None
    client.raw.tables.delete(db, table)
    client.raw.databases.delete(db)
    assert len(client.raw.databases.list(limit=None)) == 0


@pytest.mark.parametrize(("db", "table", "key"), NAMES)
def test_encoded_names_in_process(db: str, table: str, key: str) -> None:
    emu = Emulator()
    _roundtrip(CogniteClient(make_config(emu), http_transport=emu.transport), db, table, key)
    assert quote(db, safe="") != db  # the names travelled percent-encoded


def test_encoded_names_over_socket() -> None:
    emu = Emulator()
    with emu.serve_in_thread() as base_url:
        from cognite.client import ClientConfig
        from cognite.client.credentials import Token

        config = ClientConfig(client_name="t", project="p", base_url=base_url, credentials=Token("t"))
        _roundtrip(CogniteClient(config), *NAMES[0])


def test_unencoded_slash_in_row_key_still_reaches_the_row(emu: Emulator) -> None:
    http = emu.client()
    base = "/api/v1/projects/p/raw/dbs/d/tables/t/rows"
    assert http.post(base, params={"ensureParent": "true"}, json={"items": [{"key": "k/1", "columns": {}}]}).is_success
    assert http.get(base + "/k/1").json()["key"] == "k/1"
    assert http.get(base + "/k%2F1").json()["key"] == "k/1"
    assert http.get("/api/v1/projects/p/raw/dbs/d%2Fx/tables").status_code == 404
