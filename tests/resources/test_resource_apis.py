"""Resource APIs against the emulator, through the sync and the async client (``client`` is parametrised)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cognite.client.data_classes import (
    Asset,
    AssetFilter,
    AssetUpdate,
    DataSet,
    DataSetUpdate,
    Event,
    EventUpdate,
    ExtractionPipeline,
    ExtractionPipelineConfig,
    ExtractionPipelineRun,
    FileMetadata,
    FileMetadataUpdate,
    Group,
    LabelDefinition,
    LabelFilter,
    Relationship,
    RelationshipUpdate,
    Row,
    SecurityCategory,
    Sequence,
    SequenceUpdate,
    TimeSeries,
)
from cognite.client.exceptions import CogniteNotFoundError
from cognite.emulator import Emulator


async def test_assets_crud_list_search_aggregate(client: Any, resolve: Any, drain: Any, emulator: Emulator) -> None:
    await resolve(client.labels.create([LabelDefinition(external_id="PUMP", name="pump")]))
    created = await resolve(
        client.assets.create(
            [Asset(external_id="root", name="root")]
            + [
                Asset(
                    external_id=f"p{i}",
                    name=f"pump {i}",
                    parent_external_id="root",
                    source="s",
                    metadata={"kind": "pump"},
                    labels=["PUMP"] if i % 2 else None,
                )
                for i in range(30)
            ]
        )
    )
    assert len(created) == 31
    root = await resolve(client.assets.retrieve(external_id="root"))
    assert root.name == "root" and await resolve(client.assets.retrieve(id=123456)) is None
    got = await resolve(client.assets.retrieve_multiple(external_ids=["p1", "p2", "nope"], ignore_unknown_ids=True))
    assert sorted(got.as_external_ids()) == ["p1", "p2"]
    with pytest.raises(CogniteNotFoundError):
        await resolve(client.assets.retrieve_multiple(external_ids=["nope"]))

    assert len(await resolve(client.assets.list(limit=5))) == 5
    assert len(await resolve(client.assets.list(parent_ids=[root.id], limit=None))) == 30
    assert len(await resolve(client.assets.list(labels=LabelFilter(contains_any=["PUMP"]), limit=None))) == 15
    assert len(await resolve(client.assets.list(limit=None, partitions=3))) == 31
    assert len(await resolve(client.assets.list(asset_subtree_external_ids=["root"], limit=None))) == 31
    chunks = await drain(client.assets(chunk_size=10))
    assert [len(c) for c in chunks] == [10, 10, 10, 1]
    assert len(await drain(client.assets(partitions=3, source="s"))) == 30
    assert await resolve(client.assets.aggregate_count(filter=AssetFilter(metadata={"kind": "pump"}))) == 30
    found = await resolve(client.assets.search(name="pump 7"))
    assert found and found[0].external_id == "p7"

    updated = await resolve(
        client.assets.update(AssetUpdate(external_id="p1").description.set("d").labels.remove("PUMP"))
    )
    assert updated.description == "d" and not updated.labels
    ups = await resolve(
        client.assets.upsert([Asset(external_id="p2", name="renamed"), Asset(external_id="new", name="n")])
    )
    assert [a.name for a in ups] == ["renamed", "n"]
    assert ups[0].metadata == {"kind": "pump"}  # patch keeps what the object leaves unset
    replaced = await resolve(
        client.assets.upsert(Asset(external_id="p3", name="p3", description="only"), mode="replace")
    )
    assert replaced.description == "only" and not replaced.metadata and not replaced.source

    subtree = await resolve(client.assets.retrieve_subtree(external_id="root", depth=1))
    assert len(subtree) == 31 and subtree[0].external_id == "root"
    await resolve(client.assets.delete(external_id="root", recursive=True))
    assert [a["externalId"] for a in emulator.resource("assets").store.values()] == ["new"]


def test_asset_navigation(sync_client: Any) -> None:
    c = sync_client
    root, pump = c.assets.create(
        [Asset(external_id="r", name="r"), Asset(external_id="c", name="c", parent_external_id="r")]
    )
    c.events.create([Event(external_id="e1", asset_ids=[pump.id]), Event(external_id="e2", asset_ids=[root.id])])
    c.time_series.create(TimeSeries(external_id="ts", asset_id=pump.id))
    assert c.assets.retrieve(external_id="c").parent().external_id == "r"
    assert c.assets.retrieve(external_id="r").children().as_external_ids() == ["c"]
    subtree = c.assets.retrieve(external_id="r").subtree()
    assert sorted(subtree.events().as_external_ids()) == ["e1", "e2"]
    assert subtree.time_series().as_external_ids() == ["ts"]
    assert pump.time_series()[0].asset().external_id == "c"
    with_aggregates = c.assets.list(aggregated_properties=["child_count", "depth"], limit=None)
    assert {a.external_id: (a.aggregates.child_count, a.aggregates.depth) for a in with_aggregates} == {
        "r": (1, 0),
        "c": (0, 1),
    }


async def test_events(client: Any, resolve: Any) -> None:
    await resolve(
        client.events.create(
            [
                Event(
                    external_id=f"e{i}",
                    type="alarm" if i < 3 else "failure",
                    subtype=f"s{i % 2}",
                    start_time=i * 10,
                    description=f"event {i}",
                )
                for i in range(6)
            ]
        )
    )
    assert len(await resolve(client.events.list(type="alarm", limit=None))) == 3
    assert len(await resolve(client.events.list(start_time={"max": 25}, limit=None))) == 3
    assert await resolve(client.events.aggregate_count(filter={"type": "failure"})) == 3
    values = await resolve(client.events.aggregate_unique_values(property="subtype"))
    assert sorted((v.value, v.count) for v in values) == [("s0", 3), ("s1", 3)]
    ev = await resolve(client.events.retrieve(external_id="e1"))
    ev.description = "changed"
    assert (await resolve(client.events.update(ev))).description == "changed"
    res = await resolve(client.events.update(EventUpdate(external_id="e2").metadata.add({"k": "v"})))
    assert res.metadata == {"k": "v"}
    await resolve(client.events.delete(external_id=["e0", "e1"], ignore_unknown_ids=True))
    assert len(await resolve(client.events.list(limit=None))) == 4


async def test_data_sets_and_labels(client: Any, resolve: Any) -> None:
    ds = await resolve(
        client.data_sets.create(
            [DataSet(external_id=f"d{i}", name=f"ds {i}", write_protected=i == 0) for i in range(12)]
        )
    )
    assert len(ds) == 12  # two requests: data sets are created 10 at a time
    assert len(await resolve(client.data_sets.list(write_protected=True, limit=None))) == 1
    upd = await resolve(client.data_sets.update(DataSetUpdate(external_id="d1").description.set("x")))
    assert upd.description == "x"
    await resolve(client.labels.create(LabelDefinition(external_id="L", name="label", data_set_id=ds[0].id)))
    assert (await resolve(client.labels.retrieve(external_id="L"))).name == "label"
    assert len(await resolve(client.labels.list(data_set_ids=[ds[0].id]))) == 1
    await resolve(client.labels.delete("L"))
    assert await resolve(client.labels.list()) == []


async def test_time_series_and_relationships(client: Any, resolve: Any) -> None:
    await resolve(
        client.time_series.create([TimeSeries(external_id=f"t{i}", name=f"temp {i}", unit="C") for i in range(4)])
    )
    assert len(await resolve(client.time_series.list(unit="C", limit=None))) == 4
    assert (await resolve(client.time_series.search(name="temp 2")))[0].external_id == "t2"
    await resolve(client.assets.create(Asset(external_id="a", name="a")))
    rels = [
        Relationship(
            external_id=f"r{i}",
            source_external_id="a",
            source_type="asset",
            target_external_id=f"t{i}",
            target_type="timeSeries",
            confidence=0.5,
        )
        for i in range(4)
    ]
    await resolve(client.relationships.create(rels))
    found = await resolve(client.relationships.list(target_external_ids=["t1", "t2"], limit=None))
    assert sorted(found.as_external_ids()) == ["r1", "r2"]
    res = await resolve(client.relationships.update(RelationshipUpdate(external_id="r1").confidence.set(0.9)))
    assert res.confidence == 0.9
    fetched = await resolve(client.relationships.retrieve(external_id="r0", fetch_resources=True))
    assert fetched.target["externalId"] == "t0"
    await resolve(client.relationships.delete(external_id=["r0", "r1"]))
    assert len(await resolve(client.relationships.list(limit=None))) == 2


async def test_sequences_and_rows(client: Any, resolve: Any) -> None:
    cols = [{"externalId": "name", "valueType": "STRING"}, {"externalId": "value", "valueType": "DOUBLE"}]
    seq = await resolve(client.sequences.create(Sequence(external_id="s", columns=cols)))
    assert seq.column_external_ids == ["name", "value"]
    upd = SequenceUpdate(external_id="s").columns.add([{"externalId": "extra", "valueType": "LONG"}])
    assert (await resolve(client.sequences.update(upd))).column_external_ids == ["name", "value", "extra"]
    upd = SequenceUpdate(external_id="s").columns.remove("extra")
    assert (await resolve(client.sequences.update(upd))).column_external_ids == ["name", "value"]
    rows = {i: [f"n{i}", i / 2] for i in range(25_000)}  # several insert requests and several pages
    await resolve(client.sequences.data.insert(rows, external_id="s"))
    got = await resolve(client.sequences.data.retrieve(external_id="s", start=0, end=None))
    assert len(got) == 25_000 and got[24_999] == ["n24999", 24_999 / 2]
    df = await resolve(client.sequences.data.retrieve_dataframe(external_id="s", start=10, end=20))
    assert list(df.index) == list(range(10, 20)) and list(df.columns) == ["name", "value"]
    await resolve(client.sequences.data.insert_dataframe(df.assign(value=df["value"] * 2), external_id="s"))
    assert (await resolve(client.sequences.data.retrieve(external_id="s", start=10, end=11)))[10] == ["n10", 10.0]
    last = await resolve(client.sequences.data.retrieve_last_row(external_id="s"))
    assert last.row_numbers == [24_999]
    await resolve(client.sequences.data.delete_range(start=100, end=None, external_id="s"))
    await resolve(client.sequences.data.delete(rows=[0, 1], external_id="s"))
    remaining = await resolve(client.sequences.data.retrieve(external_id="s", start=0, end=None))
    assert remaining.row_numbers == list(range(2, 100))


async def test_raw(client: Any, resolve: Any, drain: Any) -> None:
    await resolve(client.raw.databases.create("db"))
    await resolve(client.raw.tables.create("db", ["t", "other table"]))
    assert sorted(t.name for t in await resolve(client.raw.tables.list("db", limit=None))) == ["other table", "t"]
    await resolve(client.raw.rows.insert("db", "t", {f"k{i}": {"a": i, "b": str(i)} for i in range(12_000)}))
    await resolve(client.raw.rows.insert("db", "other table", Row("x", {"c": 1})))
    assert (await resolve(client.raw.rows.retrieve("db", "t", "k7"))).columns == {"a": 7, "b": "7"}
    assert await resolve(client.raw.rows.retrieve("db", "t", "missing")) is None
    assert len(await resolve(client.raw.rows.list("db", "t", limit=None))) == 12_000
    assert len(await resolve(client.raw.rows.list("db", "t", limit=None, partitions=3))) == 12_000
    only_a = await resolve(client.raw.rows.list("db", "t", columns=["a"], limit=3))
    assert all(set(r.columns) == {"a"} for r in only_a)
    df = await resolve(client.raw.rows.retrieve_dataframe("db", "t", limit=5))
    assert list(df.columns) == ["a", "b"] and len(df) == 5
    await resolve(client.raw.rows.insert_dataframe("db", "t2", df, ensure_parent=True))
    assert len(await resolve(client.raw.rows.list("db", "t2", limit=None))) == 5
    await resolve(client.raw.rows.delete("db", "t", ["k1", "k2"]))
    assert len(await drain(client.raw.rows("db", "t", chunk_size=5000))) == 3
    await resolve(client.raw.databases.delete("db", recursive=True))
    assert await resolve(client.raw.databases.list()) == []


async def test_files_upload_download(client: Any, resolve: Any, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("alpha")
    (src / "b.csv").write_text("x,y\n1,2\n")
    uploaded = await resolve(client.files.upload(src))
    assert sorted(f.name for f in uploaded) == ["a.txt", "b.csv"]
    assert {f.mime_type for f in uploaded} == {"text/plain", "text/csv"}
    meta = await resolve(client.files.upload_bytes(b"\x00\x01binary", name="blob.bin", external_id="blob"))
    assert await resolve(client.files.download_bytes(external_id="blob")) == b"\x00\x01binary"
    out = tmp_path / "out"
    out.mkdir()
    await resolve(client.files.download(out, id=[f.id for f in uploaded], external_id="blob"))
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.csv", "blob.bin"]
    assert (out / "a.txt").read_text() == "alpha"
    await resolve(client.files.download_to_path(tmp_path / "deep" / "copy.bin", id=meta.id))
    assert (tmp_path / "deep" / "copy.bin").read_bytes() == b"\x00\x01binary"
    res = await resolve(client.files.update(FileMetadataUpdate(external_id="blob").source.set("lab")))
    assert res.source == "lab"
    assert [f.external_id for f in await resolve(client.files.list(source="lab"))] == ["blob"]
    retrieved = await resolve(client.files.retrieve(external_id="blob"))
    assert retrieved.uploaded is True
    created, url = await resolve(client.files.create(FileMetadata(name="later.txt", external_id="later")))
    assert url and created.uploaded is False
    (tmp_path / "later.txt").write_text("arrived later")
    assert (await resolve(client.files.upload_content(tmp_path / "later.txt", external_id="later"))).uploaded
    assert await resolve(client.files.download_bytes(external_id="later")) == b"arrived later"


async def test_files_multipart(client: Any, resolve: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cognite.client._api.files as files_module

    monkeypatch.setattr(files_module, "MULTIPART_THRESHOLD", 1000)
    monkeypatch.setattr(files_module, "_PART_SIZE", 400)
    data = bytes(range(256)) * 10  # 2560 bytes -> 7 parts
    (tmp_path / "big.bin").write_bytes(data)
    meta = await resolve(client.files.upload(tmp_path / "big.bin", external_id="big"))
    assert meta.uploaded
    assert await resolve(client.files.download_bytes(external_id="big")) == data


async def test_iam_and_login(client: Any, resolve: Any) -> None:
    status = await resolve(client.login.status())
    assert status.project == client.config.project and status.logged_in
    group = await resolve(
        client.iam.groups.create(
            Group(name="g", capabilities=[{"assetsAcl": {"actions": ["READ"], "scope": {"all": {}}}}])
        )
    )
    assert group.id in [g.id for g in await resolve(client.iam.groups.list(all=True))]
    await resolve(client.iam.groups.delete(group.id))
    cat = await resolve(client.iam.security_categories.create(SecurityCategory(name="secret")))
    assert [c.name for c in await resolve(client.iam.security_categories.list())] == ["secret"]
    await resolve(client.iam.security_categories.delete(cat.id))
    session = await resolve(client.iam.sessions.create())
    assert session.nonce
    assert (await resolve(client.iam.sessions.retrieve(session.id))).id == session.id
    inspected = await resolve(client.iam.token.inspect())
    assert inspected.subject


async def test_extraction_pipelines(client: Any, resolve: Any) -> None:
    ds = await resolve(client.data_sets.create(DataSet(external_id="ds", name="ds")))
    await resolve(
        client.extraction_pipelines.create(ExtractionPipeline(external_id="ep", name="pipe", data_set_id=ds.id))
    )
    await resolve(
        client.extraction_pipelines.runs.create(
            [ExtractionPipelineRun(external_id="ep", status=s) for s in ("seen", "failure")]
        )
    )
    runs = await resolve(client.extraction_pipelines.runs.list(external_id="ep", statuses=["failure"]))
    assert [r.status for r in runs] == ["failure"]
    await resolve(client.extraction_pipelines.config.create(ExtractionPipelineConfig(external_id="ep", config="a: 1")))
    await resolve(client.extraction_pipelines.config.create(ExtractionPipelineConfig(external_id="ep", config="a: 2")))
    assert (await resolve(client.extraction_pipelines.config.retrieve("ep"))).config == "a: 2"
    assert len(await resolve(client.extraction_pipelines.config.list("ep"))) == 2
    reverted = await resolve(client.extraction_pipelines.config.revert("ep", revision=1))
    assert reverted.config == "a: 1"


async def test_arguments_are_validated_before_sending(client: Any, resolve: Any, emulator: Emulator) -> None:
    with pytest.raises(ValueError, match="missing required field"):
        await resolve(client.assets.create([Asset(external_id="ok", name="ok"), Asset(external_id="no name")]))
    with pytest.raises(ValueError, match="exactly one"):
        await resolve(client.assets.retrieve(id=1, external_id="x"))
    with pytest.raises(ValueError, match="exactly one"):
        await resolve(client.sequences.data.retrieve(start=0))
    with pytest.raises(ValueError, match="exactly one"):
        await resolve(client.files.download_bytes())
    with pytest.raises(TypeError, match="id must be an int"):
        await resolve(client.entity_matching.predict(id="7"))
    with pytest.raises(TypeError, match="must be a list"):
        await resolve(client.events.retrieve_multiple(ids=1))
    with pytest.raises(ValueError, match="partitions"):
        await resolve(client.assets.list(partitions=2, limit=10))
    with pytest.raises(ValueError, match="search limit"):
        await resolve(client.assets.search(name="x", limit=0))
    assert emulator.requests.entries == []


def test_removed_apis_name_their_successor(sync_client: Any) -> None:
    from cognite.client._api.removed import CogniteRemovedAPIError

    with pytest.raises(CogniteRemovedAPIError, match="OIDC"):
        sync_client.iam.api_keys.list()
    with pytest.raises(CogniteRemovedAPIError, match="client.iam.groups"):
        sync_client.iam.groups.list_service_accounts(1)
    with pytest.raises(CogniteRemovedAPIError, match="Data Modeling"):
        from cognite.client.data_classes import TemplateGroup  # noqa: F401


@pytest.mark.parametrize("api", ["assets", "events", "time_series", "files", "sequences"])
async def test_list_merges_id_and_external_id_arguments(api: str, async_client: Any, emulator: Emulator) -> None:
    """``data_set_ids`` + ``data_set_external_ids`` (and the subtree pair) become one identity list in the filter,
    in ``list`` and when iterating; a request option such as ``limit`` stays out of the filter."""
    ds = await async_client.data_sets.create(DataSet(external_id="ds"))
    resource_api = getattr(async_client, api)
    await resource_api.list(data_set_ids=ds.id, data_set_external_ids="ds", asset_subtree_external_ids=["a"], limit=3)
    body = emulator.requests.last.json()
    assert body["limit"] == 3
    assert body["filter"] == {
        "dataSetIds": [{"id": ds.id}, {"externalId": "ds"}],
        "assetSubtreeIds": [{"externalId": "a"}],
    }
    assert [x async for x in resource_api(data_set_external_ids=["ds"])] == []
    assert emulator.requests.last.json()["filter"] == {"dataSetIds": [{"externalId": "ds"}]}
