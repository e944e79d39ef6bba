"""The official cognite-sdk's time series API against the emulator (real socket, response validation on)."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import ServedEmulator


def test_create_list_retrieve_update_delete(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import TimeSeriesUpdate, TimeSeriesWrite

        written = [
            TimeSeriesWrite(external_id="ts-1", name="TS 1", metadata={"a": "b"}, unit="degC", description="x"),
            TimeSeriesWrite(external_id="str-1", name="s", is_string=True),
            TimeSeriesWrite(external_id="step-1", name="step", is_step=True),
        ]
        created = client.time_series.create(written)
        listed = client.time_series.list(limit=None)
        strings = client.time_series.list(is_string=True, limit=None)
        one = client.time_series.retrieve(external_id="ts-1")
        upd = client.time_series.update(TimeSeriesUpdate(external_id="ts-1").unit.set("K").metadata.add({"c": "d"}))
        client.time_series.delete(external_id="step-1")
        after = sorted(t.external_id for t in client.time_series.list(limit=None))
        emit({
            "written": [w.dump() for w in written],
            "created": [t.dump() for t in created],
            "listed": [t.dump() for t in listed],
            "strings": [t.external_id for t in strings],
            "one": one.dump(),
            "updated": upd.dump(),
            "after": after,
        })
        """
    )
    server_fields = {"id", "createdTime", "lastUpdatedTime", "type", "securityCategories"}
    for sent, got in zip(out["written"], out["created"], strict=True):
        # What went in comes back unchanged (plus server fields and defaults).
        assert {k: v for k, v in got.items() if k in sent} == sent
        assert set(got) - set(sent) <= server_fields | {"isString", "isStep", "metadata"}
    assert sorted(t["externalId"] for t in out["listed"]) == ["step-1", "str-1", "ts-1"]
    assert {t["externalId"]: t for t in out["listed"]} == {t["externalId"]: t for t in out["created"]}
    assert out["strings"] == ["str-1"]
    assert out["one"] == out["created"][0]
    assert out["updated"]["unit"] == "K" and out["updated"]["metadata"] == {"a": "b", "c": "d"}
    assert out["after"] == ["str-1", "ts-1"]
    stored = conformance_emulator.emu.resource("timeseries").get({"externalId": "str-1"})
    assert stored["isString"] is True


def test_bulk_create_and_partitioned_list(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import TimeSeriesWrite
        client.time_series.create([TimeSeriesWrite(external_id=f"t{i}", name=f"t{i}") for i in range(2300)])
        listed = client.time_series.list(limit=None, partitions=5)
        emit(sorted(t.external_id for t in listed))
        """
    )
    assert out == sorted(f"t{i}" for i in range(2300))
    creates = conformance_emulator.emu.requests.find("POST", "/timeseries")
    assert max(len(e.json()["items"]) for e in creates) == 1000
