"""assets.create_hierarchy against the emulator: ordering, batching, 409 + upsert, failure bookkeeping."""

from __future__ import annotations

import random
from typing import Any

import pytest

from cognite.client import AsyncCogniteClient
from cognite.client.data_classes import Asset, AssetHierarchy, AssetWrite, Label, LabelDefinition
from cognite.client.exceptions import CogniteAPIError, CogniteAssetHierarchyError
from cognite.emulator import Emulator


def tree(level_sizes: list[int], prefix: str = "", seed: int = 0) -> list[Asset]:
    """Assets level by level; each asset's parent is drawn from the level above. Shuffled (input order is free)."""
    rng = random.Random(seed)
    levels: list[list[str]] = []
    assets = []
    for depth, size in enumerate(level_sizes):
        xids = [f"{prefix}{depth}-{i}" for i in range(size)]
        for x in xids:
            parent = rng.choice(levels[-1]) if levels else None
            assets.append(Asset(external_id=x, name=x, parent_external_id=parent, metadata={"depth": str(depth)}))
        levels.append(xids)
    rng.shuffle(assets)
    return assets


def stored(emulator: Emulator) -> dict[str, dict[str, Any]]:
    """External id -> stored asset, read straight from the emulator's store."""
    return {a["externalId"]: a for a in emulator.resource("assets").store.values()}


def assert_parents_linked(emulator: Emulator, assets: list[Asset]) -> None:
    state = stored(emulator)
    for a in assets:
        if a.external_id in state and a.parent_external_id is not None:
            assert state[a.external_id]["parentId"] == state[a.parent_external_id]["id"]


async def test_creates_every_asset_with_its_parent(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    assets = tree([3, 20, 200, 1500, 2500])  # 4223 assets: several batches, children in later requests
    created = await async_client.assets.create_hierarchy(assets)
    assert sorted(a.external_id for a in created) == sorted(a.external_id for a in assets)
    assert len(stored(emulator)) == len(assets)
    assert_parents_linked(emulator, assets)
    posts = emulator.requests.find("POST", "/assets")
    assert len(posts) >= 5
    assert all(len(r.json()["items"]) <= 1000 for r in posts)


async def test_orphans_attach_to_existing_parents(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    await async_client.assets.create(Asset(external_id="existing", name="existing"))
    res = await async_client.assets.create_hierarchy(
        [
            AssetWrite(external_id="child", name="child", parent_external_id="existing"),
            AssetWrite(external_id="grandchild", name="gc", parent_external_id="child"),
        ]
    )
    assert len(res) == 2
    state = stored(emulator)
    assert state["child"]["parentId"] == state["existing"]["id"]
    assert state["grandchild"]["rootId"] == state["existing"]["id"]


async def test_invalid_hierarchy_is_rejected_before_sending(
    async_client: AsyncCogniteClient, emulator: Emulator
) -> None:
    bad = [
        Asset(external_id="a", name="a", parent_external_id="b"),
        Asset(external_id="b", name="b", parent_external_id="a"),
        Asset(external_id="dup", name="x"),
        Asset(external_id="dup", name="y"),
    ]
    with pytest.raises(CogniteAssetHierarchyError) as info:
        await async_client.assets.create_hierarchy(bad)
    assert list(info.value.duplicates) == ["dup"]
    assert emulator.requests.entries == []


async def test_duplicates_without_upsert_are_failed_but_children_created(
    async_client: AsyncCogniteClient, emulator: Emulator
) -> None:
    await async_client.assets.create(Asset(external_id="root", name="old root"))
    assets = [
        Asset(external_id="root", name="root"),
        *[Asset(external_id=f"c{i}", name=f"c{i}", parent_external_id="root") for i in range(4)],
    ]
    with pytest.raises(CogniteAPIError) as info:
        await async_client.assets.create_hierarchy(assets)
    err = info.value
    assert err.code == 409
    assert [a.external_id for a in err.failed] == ["root"]
    assert sorted(a.external_id for a in err.successful) == ["c0", "c1", "c2", "c3"]
    assert err.unknown == []
    assert stored(emulator)["root"]["name"] == "old root"


@pytest.mark.parametrize("mode", ["patch", "replace"])
async def test_duplicates_with_upsert(async_client: AsyncCogniteClient, emulator: Emulator, mode: str) -> None:
    await async_client.labels.create(LabelDefinition(external_id="L", name="L"))
    await async_client.assets.create(
        Asset(external_id="root", name="old", description="old description", metadata={"a": "1"}, labels=[Label("L")])
    )
    res = await async_client.assets.create_hierarchy(
        [
            Asset(external_id="root", name="new", metadata={"b": "2"}),
            Asset(external_id="kid", name="kid", parent_external_id="root"),
        ],
        upsert=True,
        upsert_mode=mode,
    )
    assert sorted(a.external_id for a in res) == ["kid", "root"]
    root = stored(emulator)["root"]
    assert root["name"] == "new"
    if mode == "patch":
        assert root["metadata"] == {"a": "1", "b": "2"}
        assert root["description"] == "old description"
        assert [lbl["externalId"] for lbl in root["labels"]] == ["L"]
    else:
        assert root["metadata"] == {"b": "2"}
        assert "description" not in root or root["description"] is None
        assert not root.get("labels")


async def test_failed_batch_fails_its_descendants(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    emulator.faults.fail(400, times=1, on="POST /assets")  # the first request: the roots' batch
    assets = tree([1, 10, 30])
    with pytest.raises(CogniteAPIError) as info:
        await async_client.assets.create_hierarchy(assets)
    err = info.value
    assert err.code == 400
    assert err.successful == [] and err.unknown == []
    assert sorted(a.external_id for a in err.failed) == sorted(a.external_id for a in assets)
    assert stored(emulator) == {}


async def test_50k_assets_with_injected_503s_report_exactly_what_exists(
    async_client: AsyncCogniteClient, emulator: Emulator
) -> None:
    """50,000 assets, depth 6, 1% of POST /assets answered 503: every asset is created or reported, and the
    emulator holds exactly `successful`; unknown ones were not created (the 503 came before processing) and
    their descendants are failed without being sent."""
    emulator.faults.fail(503, times=None, rate=0.01, on="POST /assets")
    emulator.faults.fail(503, times=1, on="POST /assets")  # at least one, whatever the draws: the roots' batch
    assets = tree([20, 100, 600, 3000, 12000, 34280])
    assert len(assets) == 50_000
    try:
        created = await async_client.assets.create_hierarchy(assets)
        successful, failed, unknown = list(created), [], []
    except CogniteAPIError as err:
        successful, failed, unknown = err.successful, err.failed, err.unknown
        assert err.code == 503
    ok = {a.external_id for a in successful}
    bad = {a.external_id for a in failed} | {a.external_id for a in unknown}
    assert unknown, "the injected 503s must have hit some batches"
    assert failed, "descendants of the unknown batches must be reported as failed"
    assert ok.isdisjoint(bad)
    assert ok | bad == {a.external_id for a in assets}
    assert len(successful) + len(failed) + len(unknown) == len(assets)
    assert set(stored(emulator)) == ok
    assert_parents_linked(emulator, assets)


def test_offline_validation_report(capsys: pytest.CaptureFixture[str]) -> None:
    assets = [
        Asset(name="no xid"),
        Asset(external_id="x", name=""),
        Asset(external_id="both", name="b", parent_id=1, parent_external_id="x"),
        Asset(external_id="orphan", name="o", parent_external_id="missing"),
        Asset(external_id="d", name="d"),
        Asset(external_id="d", name="d2"),
    ]
    h = AssetHierarchy(assets)
    assert not h.is_valid()
    assert [a.name for a in h.invalid] == ["no xid", ""]
    assert [a.external_id for a in h.unsure_parents] == ["both"]
    assert [a.external_id for a in h.orphans] == ["orphan"]
    assert list(h.duplicates) == ["d"] and len(h.duplicates["d"]) == 2
    assert h.cycles == []  # not searched while basic issues remain
    h.validate_and_report()
    out = capsys.readouterr().out
    for word in ("invalid (2)", "unsure_parents (1)", "orphans (1)", "duplicates (1)"):
        assert word in out
    assert AssetHierarchy(assets[3:4], ignore_orphans=True).is_valid()


def test_cycles_found_once_basic_issues_are_gone() -> None:
    h = AssetHierarchy(
        [
            Asset(external_id="a", name="a", parent_external_id="c"),
            Asset(external_id="b", name="b", parent_external_id="a"),
            Asset(external_id="c", name="c", parent_external_id="b"),
            Asset(external_id="ok", name="ok"),
            Asset(external_id="self", name="s", parent_external_id="self"),
        ]
    )
    with pytest.raises(CogniteAssetHierarchyError) as info:
        h.validate()
    cycles = sorted(sorted(c) for c in info.value.cycles)
    assert cycles == [["a", "b", "c"], ["self"]]
    assert "2 cycles" in str(info.value)
