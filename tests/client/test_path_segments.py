"""Names that look like path syntax (`.`, `..`, `/`, `?`, `%`) stay inside their own path segment: the request
reaches the resource the name addresses, never a neighbouring one."""

from __future__ import annotations

import pytest
from cdf_api.api.raw import create_tables
from cdf_api.models import DataRawDBTable

from cognite.client import AsyncCogniteClient
from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import Emulator

NAMES = ["..", ".", "a/b", "x?y=1", "100%", "#frag", " spaced ", "..."]


@pytest.mark.parametrize("db", NAMES)
async def test_raw_names_stay_in_their_segment(async_client: AsyncCogniteClient, emulator: Emulator, db: str) -> None:
    await async_client.raw.databases.create(db)
    await async_client.raw.tables.create(db, "t1")
    sent = emulator.requests.last
    assert sent.method == "POST" and sent.route == f"/raw/dbs/{db}/tables"
    assert [t.name for t in await async_client.raw.tables.list(db)] == ["t1"]
    assert [d.name for d in await async_client.raw.databases.list()] == [db]
    await async_client.raw.rows.insert(db, "t1", {"..": {"k": 1}})
    row = await async_client.raw.rows.retrieve(db, "t1", "..")
    assert row is not None and row.columns == {"k": 1}
    assert emulator.requests.last.route == f"/raw/dbs/{db}/tables/t1/rows/.."


async def test_generated_endpoints_encode_dot_segments(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    # Every generated endpoint with a string path parameter encodes it the same way.
    await async_client.raw.databases.create("..")
    response = await async_client.transport.send(
        create_tables.build_request(db_name="..", body=DataRawDBTable.from_dict({"items": [{"name": "t"}]}))
    )
    assert response.status_code == 201, response.text
    assert emulator.requests.last.route == "/raw/dbs/../tables"


@pytest.mark.parametrize("name", ["..", ".", "a/b"])
async def test_handwritten_paths_encode_dot_segments(
    async_client: AsyncCogniteClient, emulator: Emulator, name: str
) -> None:
    # Paths built in the ergonomic layer (streams, records, GraphQL) use the generated layer's `path_segment`.
    await async_client.data_modeling.streams.retrieve(name)
    assert emulator.requests.last.route == f"/streams/{name}"
    try:
        await async_client.data_modeling.records.filter(name)
    except CogniteAPIError as e:  # an unknown stream: the answer is about this name
        assert e.code == 404 or 400 <= e.code < 500
    assert emulator.requests.last.route == f"/streams/{name}/records/filter"
