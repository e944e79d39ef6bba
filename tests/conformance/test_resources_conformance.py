"""The official cognite-sdk against the other emulated resources (real socket, response validation on)."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import ServedEmulator


def test_events_datasets_labels_relationships(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import (
            AssetWrite, DataSetWrite, EventWrite, LabelDefinitionWrite, LabelFilter, RelationshipWrite, EventUpdate,
        )
        ds = client.data_sets.create(DataSetWrite(external_id="ds", name="ds"))
        client.labels.create(LabelDefinitionWrite(external_id="L", name="label"))
        asset = client.assets.create(AssetWrite(external_id="a", name="a", data_set_id=ds.id, labels=["L"]))
        client.events.create([
            EventWrite(external_id=f"e{i}", start_time=i * 10, end_time=i * 10 + 5, type="t" if i % 2 else "u",
                       asset_ids=[asset.id], data_set_id=ds.id)
            for i in range(30)
        ])
        events = client.events.list(type="t", limit=None)
        agg = client.events.aggregate_count(filter={"type": "u"})
        upd = client.events.update(EventUpdate(external_id="e1").subtype.set("s"))
        client.relationships.create(RelationshipWrite(
            external_id="r", source_external_id="a", source_type="asset", target_external_id="e1", target_type="event"
        ))
        rels = client.relationships.list(source_external_ids=["a"], fetch_resources=True)
        labelled = client.assets.list(labels=LabelFilter(contains_any=["L"]))
        emit({
            "events": sorted(e.external_id for e in events),
            "agg": agg,
            "subtype": upd.subtype,
            "rel_target": rels[0].target.external_id,
            "labels": [l.external_id for l in client.labels.list()],
            "labelled": [a.external_id for a in labelled],
            "ds": client.data_sets.retrieve(external_id="ds").name,
        })
        """
    )
    assert out["events"] == sorted(f"e{i}" for i in range(1, 30, 2))
    assert out["agg"] == 15
    assert out["subtype"] == "s"
    assert out["rel_target"] == "e1"
    assert out["labels"] == ["L"] and out["labelled"] == ["a"] and out["ds"] == "ds"


def test_raw_sequences_files(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        import os, tempfile
        from cognite.client.data_classes import RowWrite, SequenceWrite, SequenceColumnWrite

        client.raw.rows.insert("db", "t", [RowWrite(f"k{i:05d}", {"v": i}) for i in range(3000)], ensure_parent=True)
        rows = client.raw.rows.list("db", "t", limit=None, partitions=4)
        one = client.raw.rows.retrieve("db", "t", "k00042")
        dbs = [d.name for d in client.raw.databases.list()]

        client.sequences.create(SequenceWrite(
            external_id="seq", columns=[SequenceColumnWrite(external_id="x", value_type="Double")]
        ))
        client.sequences.data.insert([(i, [i * 0.5]) for i in range(2500)], columns=["x"], external_id="seq")
        seq_rows = client.sequences.data.retrieve(external_id="seq", start=0, end=None)
        latest = client.sequences.data.retrieve_last_row(external_id="seq")

        client.files.upload_bytes(b"hello conformance", name="f.txt", external_id="f")
        content = client.files.download_bytes(external_id="f")
        meta = client.files.retrieve(external_id="f")
        emit({
            "rows": sorted(r.key for r in rows),
            "one": one.columns,
            "dbs": dbs,
            "seq_len": len(seq_rows),
            "seq_last": [latest.rows[0].row_number, latest.rows[0].values[0]],
            "content": content.decode(),
            "uploaded": meta.uploaded,
        })
        """
    )
    assert out["rows"] == [f"k{i:05d}" for i in range(3000)]
    assert out["one"] == {"v": 42}
    assert out["dbs"] == ["db"]
    assert out["seq_len"] == 2500 and out["seq_last"] == [2499, 1249.5]
    assert out["content"] == "hello conformance" and out["uploaded"] is True
    cursors = conformance_emulator.emu.requests.find("GET", "/raw/dbs/db/tables/t/cursors")
    assert cursors, "the peer reads RAW in parallel through the cursors endpoint"


def test_file_multipart_and_upload_link(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import FileMetadataWrite

        with client.files.multipart_upload_session(name="big.bin", external_id="big", parts=3) as session:
            for n in range(3):
                session.upload_part(n, bytes([n]) * 1000)
        client.files.create(FileMetadataWrite(external_id="later", name="later.txt"))
        client.files.upload_content_bytes(b"filled in later", external_id="later")
        with client.files.multipart_upload_content_session(external_id="later", parts=2) as session:
            session.upload_part(0, b"two ")
            session.upload_part(1, b"parts")
        emit({
            "big": list(client.files.download_bytes(external_id="big")),
            "later": client.files.download_bytes(external_id="later").decode(),
        })
        """
    )
    assert out["big"] == [0] * 1000 + [1] * 1000 + [2] * 1000
    assert out["later"] == "two parts"


def test_extraction_pipelines_and_iam(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import (
            DataSetWrite, ExtractionPipelineConfigWrite, ExtractionPipelineRunWrite, ExtractionPipelineWrite,
            GroupWrite, SecurityCategoryWrite,
        )
        ds = client.data_sets.create(DataSetWrite(external_id="ds", name="ds"))
        client.extraction_pipelines.create(ExtractionPipelineWrite(external_id="ep", name="ep", data_set_id=ds.id))
        client.extraction_pipelines.runs.create(ExtractionPipelineRunWrite(extpipe_external_id="ep", status="success"))
        client.extraction_pipelines.runs.create(
            ExtractionPipelineRunWrite(extpipe_external_id="ep", status="failure", message="boom")
        )
        runs = client.extraction_pipelines.runs.list(external_id="ep", statuses=["failure"])
        client.extraction_pipelines.config.create(ExtractionPipelineConfigWrite(external_id="ep", config="a: 1"))
        config = client.extraction_pipelines.config.retrieve("ep")
        pipeline = client.extraction_pipelines.retrieve(external_id="ep")

        group = client.iam.groups.create(GroupWrite(name="g", capabilities=[]))
        groups = client.iam.groups.list(all=True)
        category = client.iam.security_categories.create(SecurityCategoryWrite(name="secret"))
        categories = client.iam.security_categories.list()
        session = client.iam.sessions.create()
        sessions = client.iam.sessions.list()
        client.iam.sessions.revoke(session.id)
        emit({
            "runs": [r.message for r in runs],
            "config": [config.config, config.revision],
            "last_failure": pipeline.last_failure is not None,
            "groups": [g.name for g in groups],
            "categories": [c.name for c in categories],
            "session": [session.status, [s.id for s in sessions] == [session.id]],
            "revoked": client.iam.sessions.retrieve(session.id).status,
        })
        """
    )
    assert out["runs"] == ["boom"]
    assert out["config"] == ["a: 1", 1]
    assert out["last_failure"] is True
    assert out["groups"] == ["g"] and out["categories"] == ["secret"]
    assert out["session"] == ["READY", True]
    assert out["revoked"] == "REVOKED"
