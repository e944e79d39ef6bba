"""The bad-input suite: malformed writes get a clear error (naming the call, the field and the rule) before any
request is sent (checked with the emulator's request log). Cases are derived from the spec's constraint table
(`cognite/client/_validation/_spec_limits.json`) plus the examples of issue 15."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from cognite.client import CogniteClient
from cognite.client._validation.schema import limits
from cognite.client.data_classes import AssetWrite
from cognite.emulator import Emulator

# A valid item per create path; each case breaks one field of it. Accessor: the API whose create sends it.
VALID: dict[str, tuple[str, dict[str, Any]]] = {
    "/assets": ("assets", {"externalId": "a", "name": "a"}),
    "/events": ("events", {"externalId": "e"}),
    "/timeseries": ("time_series", {"externalId": "t"}),
    "/sequences": ("sequences", {"externalId": "s", "columns": [{"externalId": "c"}]}),
    "/datasets": ("data_sets", {"externalId": "d"}),
    "/labels": ("labels", {"externalId": "l", "name": "l"}),
    "/relationships": (
        "relationships",
        {
            "externalId": "r",
            "sourceExternalId": "a",
            "sourceType": "asset",
            "targetExternalId": "b",
            "targetType": "asset",
        },
    ),
}
_WRONG_TYPE = {"string": 123, "integer": "1", "number": "x", "object": "notadict", "array": "notalist", "boolean": 1}


def _broken_values(rule: dict[str, Any]) -> Iterator[tuple[str, Any, str]]:
    """(case name, bad value, expected message fragment) for each constraint of one field."""
    kind = rule.get("type")
    if kind in _WRONG_TYPE:
        yield "type", _WRONG_TYPE[kind], f"must be of type {kind}"
    if kind in ("integer", "number"):
        yield "bool", True, f"must be of type {kind}"
    if "maxLength" in rule:
        yield "maxLength", "x" * (rule["maxLength"] + 1), f"at most {rule['maxLength']} characters"
    if rule.get("minLength", 0) > 0:
        yield "minLength", "", f"at least {rule['minLength']} characters"
    if "minimum" in rule:
        yield "minimum", rule["minimum"] - 1, f"at least {rule['minimum']}"
    if "maximum" in rule:
        yield "maximum", rule["maximum"] + 1, f"at most {rule['maximum']}"
    if "maxItems" in rule and rule["maxItems"] <= 10000:
        element = 1 if rule.get("items", {}).get("type") == "integer" else {"externalId": "x"}
        yield "maxItems", [element] * (rule["maxItems"] + 1), f"at most {rule['maxItems']} elements"
    if rule.get("items", {}).get("type") == "integer":
        yield "None element", [None], "must not be None"
        yield "element type", ["1"], "must be of type integer"
    if "maxKeyLength" in rule:
        yield "key type", {None: "v"}, "keys must be strings"
        yield "value type", {"k": 1}, "values must be strings"
        yield "key length", {"k" * (rule["maxKeyLength"] + 1): "v"}, f"keys at most {rule['maxKeyLength']} bytes"
        yield "pairs", {f"k{i}": "v" for i in range(rule["maxProperties"] + 1)}, "key-value pairs"
        yield "value length", {"k": "v" * (rule["maxValueLength"] + 1)}, f"at most {rule['maxValueLength']} bytes"
        n = rule["maxTotalSize"] // 100 + 1
        if n <= rule["maxProperties"]:
            yield "total size", {f"{i:04d}": "v" * 96 for i in range(n)}, "in total"


def _table_cases() -> Iterator[Any]:
    for path, (api, valid) in VALID.items():
        for field, rule in limits()[path]["fields"].items():
            for case, value, message in _broken_values(rule):
                item = {**valid, field: value}
                yield pytest.param(
                    api, item, f"{path.strip('/')}.create: items[0].{field}", message, id=f"{api}-{field}-{case}"
                )


TABLE_CASES = list(_table_cases())

# Issue 15's examples, with the data classes users write.
CLASS_CASES: list[Any] = [
    pytest.param(
        lambda c: c.assets.create(AssetWrite(external_id=123, name="a")),
        TypeError,
        "externalId",
        id="AssetWrite-xid-int",
    ),  # type: ignore[arg-type]
    pytest.param(
        lambda c: c.assets.create(AssetWrite(name="a", metadata="notadict")),
        TypeError,
        "metadata",
        id="AssetWrite-metadata-str",
    ),  # type: ignore[arg-type]
    pytest.param(
        lambda c: c.assets.create(AssetWrite(name="a", external_id="x" * 300)),
        ValueError,
        "at most 255 characters (got 300)",
        id="AssetWrite-xid-300",
    ),
    pytest.param(
        lambda c: c.assets.create(AssetWrite(name="a", metadata={f"k{i}": "v" for i in range(300)})),
        ValueError,
        "at most 256 key-value pairs",
        id="AssetWrite-300-pairs",
    ),
    pytest.param(
        lambda c: c.assets.create(AssetWrite(name="a", metadata={"k": "v" * 20_000})),
        ValueError,
        "at most 10240 bytes",
        id="AssetWrite-20kB-value",
    ),
    pytest.param(
        lambda c: c.assets.create([AssetWrite(name="ok"), AssetWrite(name="a" * 141)]),
        ValueError,
        "items[1].name",
        id="AssetWrite-second-item-named",
    ),
]


def _assert_nothing_sent(emulator: Emulator) -> None:
    assert [e for e in emulator.requests.find() if e.method == "POST"] == []


def test_suite_size_and_categories() -> None:
    assert len(TABLE_CASES) + len(CLASS_CASES) + len(OTHER_CASES) >= 200
    apis = {p.values[0] for p in TABLE_CASES}
    assert apis == {api for api, _ in VALID.values()}


@pytest.mark.parametrize("api, item, where, message", TABLE_CASES)
def test_table_case_rejected_before_sending(
    sync_client: CogniteClient, emulator: Emulator, api: str, item: dict[str, Any], where: str, message: str
) -> None:
    with pytest.raises(ValueError) as raised:
        getattr(sync_client, api).create(item)
    assert where in str(raised.value) and message in str(raised.value)
    _assert_nothing_sent(emulator)


@pytest.mark.parametrize("call, error, message", CLASS_CASES)
def test_issue_example_rejected_before_sending(
    sync_client: CogniteClient, emulator: Emulator, call: Callable[[Any], Any], error: type, message: str
) -> None:
    with pytest.raises(error, match=None) as raised:
        call(sync_client)
    assert message in str(raised.value)
    _assert_nothing_sent(emulator)


@pytest.mark.parametrize("api, item, where, message", TABLE_CASES[::25])
async def test_async_client_sample(
    async_client: Any, emulator: Emulator, api: str, item: dict[str, Any], where: str, message: str
) -> None:
    with pytest.raises(ValueError) as raised:
        await getattr(async_client, api).create(item)
    assert where in str(raised.value) and message in str(raised.value)
    _assert_nothing_sent(emulator)


def test_valid_items_still_created(sync_client: CogniteClient) -> None:
    """The suite's base items are valid: each failure above is the broken field's, not the base's."""
    sync_client.assets.create({"externalId": "a", "name": "a"})
    sync_client.assets.create({"externalId": "b", "name": "b"})
    for path, (api, valid) in VALID.items():
        if path != "/assets":
            getattr(sync_client, api).create(valid)


# Calls outside the create table: identifiers, RAW rows (issue 15's examples and their neighbours).
OTHER_CASES: list[Any] = (
    [
        pytest.param(
            lambda c, api=api, v=v: getattr(c, api).retrieve(id=v), error, message, id=f"{api}-retrieve-id-{v!r}"
        )
        for api in ("assets", "events", "time_series", "sequences", "files", "data_sets")
        for v, error, message in (
            (0, ValueError, "in [1, 2^53]"),
            (-1, ValueError, "in [1, 2^53]"),
            (2**60, ValueError, "in [1, 2^53]"),
            ("1", TypeError, "must be"),
        )
    ]
    + [
        pytest.param(
            lambda c, api=api, v=v: getattr(c, api).retrieve_multiple(ids=[v]),
            TypeError,
            "ids must",
            id=f"{api}-retrieve_multiple-{v!r}",
        )
        for api in ("assets", "events", "time_series", "sequences", "files", "data_sets", "relationships")
        for v in (0, None, "x")
        if api != "relationships"
    ]
    + [
        pytest.param(
            lambda c, k=k: c.raw.rows.insert("db", "t", {k: {"c": 1}}),
            TypeError,
            "row keys must be non-empty strings",
            id=f"raw-key-{k!r}",
        )
        for k in (None, 1, "")
    ]
    + [
        pytest.param(
            lambda c: c.raw.rows.insert("db", "t", {"k": "notadict"}),
            TypeError,
            "columns must be a dict",
            id="raw-columns-str",
        ),
    ]
)


OTHER_CASES += [
    pytest.param(
        lambda c: c.assets.list(asset_subtree_ids=[None]), TypeError, "ids must be ints", id="assets-subtree-None"
    ),
    pytest.param(lambda c: c.assets.create_hierarchy(None), TypeError, "assets must be a list", id="hierarchy-None"),
    pytest.param(lambda c: c.assets.create_hierarchy("abc"), TypeError, "assets must be a list", id="hierarchy-str"),
]
OTHER_CASES += [
    pytest.param(
        lambda c, api=api, arg=arg: getattr(c, api).list(**{arg: [None]}),
        ValueError,
        f"{arg}: must not contain None",
        id=f"{api}-list-{arg}-None",
    )
    for api, arg in (
        ("assets", "parent_ids"),
        ("events", "asset_ids"),
        ("time_series", "asset_ids"),
        ("files", "asset_ids"),
    )
]
OTHER_CASES += [
    pytest.param(
        lambda c, api=api, arg=arg: getattr(c, api).list(**{arg: "x"}),
        TypeError,
        f"{arg}: must be a dict",
        id=f"{api}-list-{arg}-str",
    )
    for api, arg in (
        ("assets", "created_time"),
        ("assets", "last_updated_time"),
        ("events", "start_time"),
        ("events", "created_time"),
        ("time_series", "created_time"),
    )
]


@pytest.mark.parametrize("call, error, message", OTHER_CASES)
def test_other_call_rejected_before_sending(
    sync_client: CogniteClient, emulator: Emulator, call: Callable[[Any], Any], error: type, message: str
) -> None:
    with pytest.raises(error) as raised:
        call(sync_client)
    assert message in str(raised.value)
    _assert_nothing_sent(emulator)
