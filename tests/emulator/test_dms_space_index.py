"""A list filtered on spaces pages through the emulator's space index: its pages and cursors are those of a scan
of the whole store, through interleaved writes to other spaces, deletes, re-creates and index compaction."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.emulator.dms.space_index import filter_spaces
from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import install_schema

INSTANCES = "/models/instances"
SPACES = ("sa", "sb", "sc")


@pytest.fixture
def dms(api: Api) -> Api:
    install_schema(api)
    api.post("/models/spaces", items=[{"space": s} for s in SPACES])
    return api


def nodes(space: str, *xids: str) -> list[dict[str, Any]]:
    return [{"instanceType": "node", "space": space, "externalId": x} for x in xids]


def listed(api: Api, flt: dict[str, Any] | None, limit: int = 3) -> tuple[list[tuple[str, str]], int]:
    """Every (space, externalId) of a list, following cursors; and how many pages it took."""
    out: list[tuple[str, str]] = []
    cursor, pages = None, 0
    while True:
        body: dict[str, Any] = {"instanceType": "node", "limit": limit}
        if flt is not None:
            body["filter"] = flt
        if cursor:
            body["cursor"] = cursor
        page = api.post(INSTANCES + "/list", **body)
        out += [(i["space"], i["externalId"]) for i in page["items"]]
        pages += 1
        cursor = page.get("nextCursor")
        if not cursor:
            return out, pages


def space_is(*spaces: str) -> dict[str, Any]:
    if len(spaces) == 1:
        return {"equals": {"property": ["node", "space"], "value": spaces[0]}}
    return {"in": {"property": ["node", "space"], "values": list(spaces)}}


def test_space_lists_equal_the_filtered_full_listing(dms: Api) -> None:
    for i in range(4):  # interleaved: each space's instances are spread over the store
        for s in SPACES:
            dms.post(INSTANCES, items=nodes(s, f"{s}{i}", f"{s}{i}x"))
    dms.post(INSTANCES + "/delete", items=nodes("sa", "sa1", "sa2x"))
    dms.post(INSTANCES, items=nodes("sa", "sa1"))  # re-created: now after everything else
    everything, _ = listed(dms, None, limit=1000)
    for spaces in (("sa",), ("sb",), ("sa", "sc"), ("sc", "sa", "sa")):
        expected = [k for k in everything if k[0] in spaces]
        got, pages = listed(dms, space_is(*spaces))
        assert got == expected and len(set(got)) == len(got)
        assert pages == max(1, -(-len(expected) // 3))  # no empty page after the last match
    anded = {"and": [space_is("sa"), {"prefix": {"property": ["node", "externalId"], "value": "sa1"}}]}
    assert listed(dms, anded)[0] == [("sa", "sa1x"), ("sa", "sa1")]


def test_writes_between_pages_neither_repeat_nor_skip(dms: Api) -> None:
    dms.post(INSTANCES, items=nodes("sa", *[f"a{i}" for i in range(5)]))
    first = dms.post(INSTANCES + "/list", instanceType="node", limit=2, filter=space_is("sa"))
    dms.post(INSTANCES, items=nodes("sb", "b0") + nodes("sa", "a5"))
    dms.post(INSTANCES + "/delete", items=nodes("sa", "a3"))
    rest = dms.post(
        INSTANCES + "/list", instanceType="node", limit=10, filter=space_is("sa"), cursor=first["nextCursor"]
    )
    assert [i["externalId"] for i in first["items"] + rest["items"]] == ["a0", "a1", "a2", "a4", "a5"]


def test_the_index_is_compacted_after_many_deletes(dms: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    xids = [f"n{i}" for i in range(1500)]
    for i in range(0, 1500, 1000):
        dms.post(INSTANCES, items=nodes("sa", *xids[i : i + 1000]))
    dms.post(INSTANCES, items=nodes("sb", "b"))
    for i in range(0, 1200, 1000):
        dms.post(INSTANCES + "/delete", items=nodes("sa", *xids[i : min(i + 1000, 1200)]))
    got, _ = listed(dms, space_is("sa"), limit=1000)
    assert got == [("sa", x) for x in xids[1200:]]


@pytest.mark.parametrize(
    ("flt", "spaces"),
    [
        (space_is("sa"), ["sa"]),
        (space_is("sa", "sb"), ["sa", "sb"]),
        ({"and": [{"exists": {"property": ["node", "externalId"]}}, space_is("sb")]}, ["sb"]),
        ({"or": [space_is("sa"), space_is("sb")]}, None),  # not a restriction the index answers
        ({"not": space_is("sa")}, None),
        ({"equals": {"property": ["edge", "space"], "value": "sa"}}, None),  # another instance type's space
        ({"equals": {"property": ["node", "space"], "value": {"parameter": "p"}}}, None),
        (None, None),
    ],
)
def test_which_filters_restrict_to_spaces(flt: Any, spaces: list[str] | None) -> None:
    assert filter_spaces(flt, "node") == spaces


def test_cached_list_pages_follow_every_instance_and_view_change(dms: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    from cognite.emulator.dms import instances as instances_module
    from tests.emulator.dms_fixtures import PUMP, SPACE, VIEWS

    def pumps() -> list[dict[str, Any]]:
        body = {"instanceType": "node", "sources": [{"source": PUMP}], "filter": space_is(SPACE), "limit": 1000}
        return [
            (i["externalId"], i["properties"][SPACE]["Pump/v1"]) for i in dms.post(INSTANCES + "/list", **body)["items"]
        ]

    write = [{"source": PUMP, "properties": {"tag": "t", "name": "one"}}]
    dms.post(INSTANCES, items=[{**n, "sources": write} for n in nodes(SPACE, "p1", "p2")])
    first = pumps()
    assert pumps() == first and first[0][1]["name"] == "one"  # the second read is the cached page
    dms.post(INSTANCES, items=[{**nodes(SPACE, "p1")[0], "sources": [{"source": PUMP, "properties": {"name": "two"}}]}])
    assert [p["name"] for _, p in pumps()] == ["two", "one"]
    dms.post(INSTANCES + "/delete", items=nodes(SPACE, "p2"))
    assert [x for x, _ in pumps()] == ["p1"]
    pump = next(v for v in VIEWS if v["externalId"] == "Pump")
    dms.post("/models/views/delete", items=[{k: v for k, v in PUMP.items() if k != "type"}])
    dms.post("/models/views", items=[{**pump, "properties": {"tag": pump["properties"]["tag"]}}])
    assert pumps() == [("p1", {"tag": "t"})]  # the view's new shape, not the page cached before
    monkeypatch.setattr(instances_module, "LIST_PAGE_CACHE", 2)
    dms.post(INSTANCES, items=nodes("sa", *[f"a{i}" for i in range(7)]))
    for _ in range(2):  # more pages than the cache holds: evicted pages are rendered again
        assert listed(dms, space_is("sa"), limit=2)[0] == [("sa", f"a{i}") for i in range(7)]
