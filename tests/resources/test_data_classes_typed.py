"""The typed data-class surface: official parameter order, typed lists/updates for mypy, write lists, timestamps,
pandas and YAML as in the official SDK 8.x."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cognite.client.data_classes import (
    Asset,
    AssetList,
    AssetUpdate,
    AssetWrite,
    AssetWriteList,
    Event,
    EventList,
    EventWriteList,
    FileMetadataList,
    FileMetadataWriteList,
    SequenceColumn,
    TimeSeriesList,
    TimeSeriesWriteList,
)

REPO = Path(__file__).resolve().parents[2]


def test_positional_arguments_mean_what_they_mean_in_the_official_sdk() -> None:
    asset = Asset(1, 1700000000000, 1700000000001, 1, "pump", "p1")
    assert (asset.id, asset.created_time, asset.root_id, asset.name, asset.external_id) == (
        1,
        1700000000000,
        1,
        "pump",
        "p1",
    )
    assert AssetWrite("pump", "p1").dump() == {"name": "pump", "externalId": "p1"}
    assert SequenceColumn("c", "LONG").dump() == {"externalId": "c", "valueType": "LONG"}
    with pytest.raises(TypeError):  # fields the official SDK lacks are keyword-only
        Asset(*range(16))


@pytest.mark.parametrize(
    ("read_list", "write_list", "item"),
    [
        (AssetList, AssetWriteList, {"id": 1, "name": "a", "rootId": 1}),
        (EventList, EventWriteList, {"id": 1, "type": "t"}),
        (TimeSeriesList, TimeSeriesWriteList, {"id": 1, "name": "ts", "isString": False}),
        (FileMetadataList, FileMetadataWriteList, {"id": 1, "name": "f", "uploaded": True}),
    ],
)
def test_as_write_of_a_list_is_the_write_list(read_list: type, write_list: type, item: dict) -> None:
    written = read_list.load([item]).as_write()
    assert type(written) is write_list
    assert "id" not in written.dump()[0]


def test_list_indexing_get_and_slices() -> None:
    assets = AssetList([Asset(id=1, external_id="a"), Asset(id=2, external_id="b")])
    assert isinstance(assets[0], Asset) and type(assets[:1]) is AssetList
    assert assets.get(external_id="b") is assets[1] and assets.get(id=3) is None


def test_timestamps_show_as_datetimes() -> None:
    event = Event(id=1, start_time=1700000000000, created_time=0)
    assert '"start_time": "2023-11-14 22:13:20.000+00:00"' in str(event)
    assert "created_time=1970-01-01 00:00:00.000+00:00" in repr(event)
    assert event.dump()["startTime"] == 1700000000000  # the data stays epoch ms
    assert '"created_time": "1970-01-01 00:00:00.000+00:00"' in str(EventList([event]))


def test_to_pandas_converts_timestamps_as_the_official_sdk() -> None:
    pd = pytest.importorskip("pandas")
    events = EventList([Event(id=1, start_time=1700000000000, metadata={"k": "v"})])
    df = events.to_pandas(expand_metadata=True)
    assert df.loc[0, "start_time"] == pd.Timestamp("2023-11-14 22:13:20") and df.loc[0, "metadata.k"] == "v"
    assert events.to_pandas(convert_timestamps=False).loc[0, "start_time"] == 1700000000000
    single = events[0].to_pandas(ignore=["metadata"])
    assert single.loc["start_time", "value"] == pd.Timestamp("2023-11-14 22:13:20") and "metadata" not in single.index
    assert Asset(id=1, aggregates={"depth": 3}).to_pandas(expand_aggregates=True).loc["aggregates.depth", "value"] == 3


def test_yaml_round_trip() -> None:
    pytest.importorskip("yaml")
    asset = Asset(id=1, name="pump", metadata={"k": "v"}, labels=["L"])
    assert Asset.load(asset.dump_yaml()) == asset
    assets = AssetList([asset, Asset(id=2)])
    assert AssetList.load(assets.dump_yaml()).dump() == assets.dump()


USER_CODE = """
from cognite.client.data_classes import Asset, AssetList, AssetUpdate, AssetWrite, SequenceUpdate, TimeSeriesUpdate

asset = Asset(id=1, name="x", labels=["L"], metadata={"k": "v"})
reveal_type(asset.name)
reveal_type(asset.labels)
reveal_type(asset.as_write())
assets = AssetList([asset])
reveal_type(assets[0])
reveal_type(assets[:1])
reveal_type(assets.get(id=1))
reveal_type(assets.as_write())
for a in assets:
    reveal_type(a)
reveal_type(AssetUpdate(id=1).name.set("x").metadata.add({"a": "b"}).labels.add(["x"]))
reveal_type(TimeSeriesUpdate(external_id="x").unit.set("m"))
reveal_type(SequenceUpdate(id=1).columns.remove(["c"]))
asset.nmae
Asset(nmae=1)
AssetUpdate(id=1).colour
"""


@pytest.mark.slow
def test_user_code_type_checks_with_precise_types(tmp_path: Path) -> None:
    (tmp_path / "user_code.py").write_text(textwrap.dedent(USER_CODE))
    cmd = [sys.executable, "-m", "mypy", "--no-incremental", "--config-file", str(REPO / "pyproject.toml")]
    out = subprocess.run([*cmd, str(tmp_path / "user_code.py")], capture_output=True, text=True, cwd=REPO).stdout
    revealed = [line.split('Revealed type is "')[1].rstrip('"') for line in out.splitlines() if "Revealed type" in line]
    dc = "cognite.client.data_classes."
    assert revealed == [
        "str",
        f"list[{dc}labels.Label] | None",
        f"{dc}assets.AssetWrite",
        f"{dc}assets.Asset",
        f"{dc}assets.AssetList",
        f"{dc}assets.Asset | None",
        f"{dc}assets.AssetWriteList",
        f"{dc}assets.Asset",
        f"{dc}assets.AssetUpdate",
        f"{dc}time_series.TimeSeriesUpdate",
        f"{dc}sequences.SequenceUpdate",
    ], out
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 3 and all(e in out for e in ('"nmae"', '"colour"')), out


def test_update_properties_return_the_owning_update() -> None:
    update = AssetUpdate(external_id="a").description.set("d").labels.add("L")
    assert isinstance(update, AssetUpdate)
    assert update.dump() == {
        "externalId": "a",
        "update": {"description": {"set": "d"}, "labels": {"add": [{"externalId": "L"}]}},
    }


def test_a_field_the_official_sdk_renames_keeps_its_wire_name() -> None:
    from cognite.client.data_classes import ExtractionPipelineRun, ExtractionPipelineRunWrite

    run = ExtractionPipelineRun.load({"id": 1, "status": "seen", "externalId": "ep"})
    assert run.extpipe_external_id == "ep" and run.dump() == {"id": 1, "status": "seen", "externalId": "ep"}
    assert run.dump(camel_case=False)["extpipe_external_id"] == "ep"
    write = run.as_write()
    assert isinstance(write, ExtractionPipelineRunWrite) and write.dump() == {"status": "seen", "externalId": "ep"}
    assert ExtractionPipelineRunWrite(external_id="ep", status="success").extpipe_external_id == "ep"  # older spelling
    assert ExtractionPipelineRunWrite("ep", "success").missing_required() == []


def test_to_pandas_takes_the_older_expand_keyword() -> None:
    pytest.importorskip("pandas")
    df = Asset(id=1, metadata={"k": "v"}, aggregates={"depth": 1}).to_pandas(expand=("metadata", "aggregates"))
    assert df.loc["metadata.k", "value"] == "v" and df.loc["aggregates.depth", "value"] == 1
