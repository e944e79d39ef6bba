"""The official cognite-sdk's assets API against the emulator (real socket, response validation on)."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import ServedEmulator


def test_create_retrieve_update_delete(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import AssetUpdate, AssetWrite
        from cognite.client.exceptions import CogniteDuplicatedError

        created = client.assets.create(
            [AssetWrite(external_id=f"a{i}", name=f"A{i}", description="d", metadata={"k": str(i)}) for i in range(3)]
        )
        got = client.assets.retrieve(external_id="a0")
        missing = client.assets.retrieve(external_id="does-not-exist")
        multiple = client.assets.retrieve_multiple(ids=[created[1].id, 999999], ignore_unknown_ids=True)
        upd = client.assets.update(
            AssetUpdate(external_id="a0").name.set("A0-new").metadata.add({"x": "y"}).labels.add(["L"])
        )
        try:
            client.assets.create(AssetWrite(external_id="a1", name="dup"))
            dup = None
        except CogniteDuplicatedError as e:
            dup = [d for d in e.duplicated]
        client.assets.delete(external_id="a2")
        left = sorted(a.external_id for a in client.assets.list(limit=None))
        emit({
            "created": [a.dump() for a in created],
            "got": got.dump(),
            "missing": missing,
            "multiple": [a.external_id for a in multiple],
            "updated": upd.dump(),
            "dup": dup,
            "left": left,
        })
        """
    )
    stored = conformance_emulator.emu.resource("assets")
    assert [a["externalId"] for a in out["created"]] == ["a0", "a1", "a2"]
    for i, a in enumerate(out["created"]):
        assert a["name"] == f"A{i}" and a["metadata"] == {"k": str(i)} and a["description"] == "d"
        assert a["rootId"] == a["id"]
    assert out["got"]["id"] == out["created"][0]["id"]
    assert out["missing"] is None
    assert out["multiple"] == ["a1"]
    assert out["updated"]["name"] == "A0-new"
    assert out["updated"]["metadata"] == {"k": "0", "x": "y"}
    assert out["updated"]["labels"] == [{"externalId": "L"}]
    assert out["dup"] == [{"externalId": "a1"}]
    assert out["left"] == ["a0", "a1"]
    assert stored.get({"externalId": "a0"})["name"] == "A0-new"


def test_create_hierarchy_and_partitioned_list(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import AssetWrite

        # A ternary tree of 1,200 assets, handed over children-first.
        n = PARAMS["n"]
        assets = [AssetWrite(external_id="n0", name="n0")]
        for i in range(1, n):
            assets.append(AssetWrite(external_id=f"n{i}", name=f"n{i}", parent_external_id=f"n{(i - 1) // 3}"))
        client.assets.create_hierarchy(list(reversed(assets)))
        listed = client.assets.list(limit=None, partitions=4)
        limited = client.assets.list(limit=1500)
        subtree = client.assets.retrieve_subtree(external_id="n1")
        emit({
            "listed": [[a.external_id, a.parent_id, a.root_id, a.id] for a in listed],
            "limited": len(limited),
            "subtree": sorted(a.external_id for a in subtree),
        })
        """,
        n=1200,
    )
    listed = out["listed"]
    assert len(listed) == 1200
    assert len({row[0] for row in listed}) == 1200  # partitions are disjoint and complete
    by_xid = {xid: (parent, root, id_) for xid, parent, root, id_ in listed}
    root_id = by_xid["n0"][2]
    for i in range(1, 1200):
        parent, root, _ = by_xid[f"n{i}"]
        assert parent == by_xid[f"n{(i - 1) // 3}"][2] and root == root_id
    assert out["limited"] == 1200
    # The subtree of n1: n1 plus every descendant (children of k are 3k+1..3k+3).
    expected, frontier = {1}, [1]
    while frontier:
        frontier = [c for k in frontier for c in (3 * k + 1, 3 * k + 2, 3 * k + 3) if c < 1200]
        expected.update(frontier)
    assert out["subtree"] == sorted(f"n{i}" for i in expected)
    # The peer really used 4 partitions.
    partitions = {e.json().get("partition") for e in conformance_emulator.emu.requests.find("POST", "/assets/list")}
    assert {"1/4", "2/4", "3/4", "4/4"} <= partitions


def test_short_pages_and_retries_are_survived(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    emu = conformance_emulator.emu
    out = run_official(
        """
        from cognite.client.data_classes import AssetWrite
        client.assets.create([AssetWrite(external_id=f"s{i}", name="s") for i in range(1500)])
        emit(len(client.assets.list(limit=None)))
        """
    )
    assert out == 1500
    emu.faults.short_pages(max_size=300)
    emu.faults.fail(429, times=2, on="POST /assets/list", retry_after=0)
    out = run_official("emit(sorted(a.external_id for a in client.assets.list(limit=None, partitions=3)))")
    assert out == sorted(f"s{i}" for i in range(1500))
    assert [e.status for e in emu.requests.find("POST", "/assets/list")].count(429) == 2


def test_advanced_filter_sort_and_aggregates(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import AssetWrite, filters
        from cognite.client.data_classes.assets import AssetProperty, SortableAssetProperty

        client.assets.create([
            AssetWrite(external_id=f"x{i}", name=f"asset {i:02d}", metadata={"area": "north" if i % 3 else "south"})
            for i in range(12)
        ])
        north = filters.Equals(["metadata", "area"], "north")
        listed = client.assets.list(advanced_filter=north, sort=[("name", "desc")], limit=None)
        count = client.assets.aggregate_count(advanced_filter=north)
        areas = client.assets.aggregate_unique_values(AssetProperty.metadata_key("area"))
        emit({
            "listed": [a.name for a in listed],
            "count": count,
            "areas": sorted((v.value, v.count) for v in areas),
        })
        """
    )
    north = [f"asset {i:02d}" for i in range(12) if i % 3]
    assert out["listed"] == sorted(north, reverse=True)
    assert out["count"] == len(north)
    assert out["areas"] == [["north", 8], ["south", 4]]


def test_upserts(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import AssetWrite, TimeSeriesWrite

        client.assets.create_hierarchy([AssetWrite(external_id="r", name="r"), AssetWrite(external_id="c", name="c", parent_external_id="r")])
        client.assets.create_hierarchy(
            [AssetWrite(external_id="c", name="c2", parent_external_id="r"), AssetWrite(external_id="n", name="n", parent_external_id="c")],
            upsert=True,
        )
        client.time_series.upsert([TimeSeriesWrite(external_id="t", name="one")])
        client.time_series.upsert([TimeSeriesWrite(external_id="t", name="two"), TimeSeriesWrite(external_id="u", name="u")], mode="replace")
        emit({
            "assets": sorted((a.external_id, a.name) for a in client.assets.list(limit=None)),
            "ts": sorted((t.external_id, t.name) for t in client.time_series.list(limit=None)),
        })
        """
    )
    assert out["assets"] == [["c", "c2"], ["n", "n"], ["r", "r"]]
    assert out["ts"] == [["t", "two"], ["u", "u"]]
