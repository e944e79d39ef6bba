"""Bad updates and upserts: the change objects are checked against the same constraint table as creates
(`_spec_limits.json`) before any request; each case breaks one value of one field's change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from cognite.client import CogniteClient
from cognite.client._validation.schema import limits
from cognite.client.data_classes import AssetUpdate, AssetWrite, EventUpdate, TimeSeriesUpdate, TimeSeriesWrite
from cognite.emulator import Emulator
from tests.bad_input.test_bad_input import VALID, _broken_values

# Fields whose update is not a plain {"set": ...} (sequence columns are added / modified / removed) or APIs without
# an update endpoint.
_NOT_SET = {("/sequences", "columns")}
_NO_UPDATE = {"/labels"}


def _update_cases() -> Iterator[Any]:
    for path, (api, _valid) in VALID.items():
        if path in _NO_UPDATE:
            continue
        for field, rule in limits()[path]["fields"].items():
            if (path, field) in _NOT_SET:
                continue
            for case, value, message in _broken_values(rule):
                item = {"externalId": "x", "update": {field: {"set": value}}}
                where = f"{path.strip('/')}.update: items[0].update.{field}.set"
                yield pytest.param(api, item, where, message, id=f"{api}-{field}-{case}")


UPDATE_CASES = list(_update_cases())

SHAPE_CASES: list[Any] = [
    pytest.param(
        {"externalId": "x", "update": {"name": "new"}}, "update.name: must be a change object", id="bare-value"
    ),
    pytest.param({"externalId": "x", "update": {"name": {"sett": "a"}}}, "must be a change object", id="typo-op"),
    pytest.param({"externalId": "x", "update": {"name": {}}}, "must be a change object", id="empty-change"),
    pytest.param({"externalId": "x", "update": {"name": {"set": None}}}, "must not be None", id="set-None"),
    pytest.param(
        {"externalId": "x", "update": {"name": {"setNull": True}}},
        "is required, it cannot be set to null",
        id="setNull-required",
    ),
    pytest.param(
        {"externalId": "x", "update": {"description": {"setNull": 1}}}, "'setNull' must be True", id="setNull-1"
    ),
    pytest.param(
        {"externalId": "x", "update": {"name": {"set": "a", "setNull": True}}},
        "'setNull' must be True and alone",
        id="set-and-setNull",
    ),
    pytest.param(
        {"externalId": "x", "update": {"name": {"add": "a"}}},
        "string fields take 'set' or 'setNull'",
        id="add-to-string",
    ),
    pytest.param(
        {"externalId": "x", "update": {"metadata": {"add": {"k": 1}}}},
        "metadata.add['k']: values must be strings",
        id="metadata-add-int",
    ),
    pytest.param(
        {"externalId": "x", "update": {"metadata": {"add": {"k": "v" * 10241}}}},
        "at most 10240 bytes",
        id="metadata-add-long",
    ),
    pytest.param(
        {"externalId": "x", "update": {"metadata": {"remove": "k"}}},
        "metadata.remove: must be a list of keys",
        id="metadata-remove-str",
    ),
    pytest.param(
        {"externalId": "x", "update": {"metadata": {"remove": [1]}}}, "must be a list of keys", id="metadata-remove-int"
    ),
    pytest.param(
        {"externalId": "x", "update": {"labels": {"add": "a"}}},
        "labels.add: must be of type array",
        id="labels-add-str",
    ),
    pytest.param(
        {"externalId": "x", "update": {"labels": {"add": [{"externalId": "l"}] * 11}}},
        "labels.add: at most 10 elements",
        id="labels-add-11",
    ),
    pytest.param(
        {"externalId": "x", "update": {"labels": {"add": ["l"]}}},
        "labels.add[0]: must be of type object",
        id="labels-add-bare-str",
    ),
    pytest.param({"externalId": "x"}, "items[0].update: must be a dict", id="no-update"),
    pytest.param({"externalId": "x", "update": [("name", "a")]}, "must be a dict of field changes", id="update-list"),
    pytest.param({"update": {"name": {"set": "a"}}}, "needs exactly one of id / externalId", id="no-identifier"),
    pytest.param({"id": 1, "externalId": "x", "update": {}}, "needs exactly one of", id="two-identifiers"),
    pytest.param({"id": 0, "update": {}}, "items[0].id: at least 1", id="id-0"),
    pytest.param({"id": 2**53, "update": {}}, "items[0].id: at most", id="id-2^53"),
    pytest.param({"id": "1", "update": {}}, "items[0].id: must be of type integer", id="id-str"),
    pytest.param({"id": True, "update": {}}, "must be of type integer", id="id-bool"),
    pytest.param({"externalId": 5, "update": {}}, "items[0].externalId: must be of type string", id="xid-int"),
    pytest.param({"externalId": "", "update": {}}, "items[0].externalId: at least 1 characters", id="xid-empty"),
    pytest.param({"externalId": "x" * 256, "update": {}}, "at most 255 characters", id="xid-256"),
]

# The patch objects users write.
CLASS_CASES: list[Any] = [
    pytest.param(
        lambda c: c.assets.update(AssetUpdate(external_id="x").name.set(5)),
        TypeError,
        "update.name.set: must be of type string",
        id="AssetUpdate-name-int",
    ),  # type: ignore[arg-type]
    pytest.param(
        lambda c: c.assets.update(AssetUpdate(external_id="x").name.set("a" * 141)),
        ValueError,
        "at most 140 characters (got 141)",
        id="AssetUpdate-name-141",
    ),
    pytest.param(
        lambda c: c.assets.update(AssetUpdate(id=1).metadata.add({"k": 1})),
        TypeError,
        "values must be strings",
        id="AssetUpdate-metadata-int",
    ),  # type: ignore[dict-item]
    pytest.param(
        lambda c: c.assets.update(AssetUpdate(id=1).metadata.set({f"k{i}": "v" for i in range(257)})),
        ValueError,
        "at most 256 key-value pairs",
        id="AssetUpdate-257-pairs",
    ),
    pytest.param(
        lambda c: c.assets.update(AssetUpdate(id=1).parent_id.set(0)),
        ValueError,
        "update.parentId.set: at least 1",
        id="AssetUpdate-parent-0",
    ),
    pytest.param(
        lambda c: c.assets.update([AssetUpdate(id=1).name.set("ok"), AssetUpdate(id=2).name.set("")]),
        ValueError,
        "items[1].update.name.set: at least 1 characters",
        id="AssetUpdate-second-named",
    ),
    pytest.param(
        lambda c: c.events.update(EventUpdate(id=1).description.set("d" * 501)),
        ValueError,
        "events.update: items[0].update.description.set: at most 500",
        id="EventUpdate-description",
    ),
    pytest.param(
        lambda c: c.time_series.update(TimeSeriesUpdate(external_id="t").unit.set("u" * 33)),
        ValueError,
        "timeseries.update: items[0].update.unit.set: at most 32",
        id="TimeSeriesUpdate-unit",
    ),
    pytest.param(
        lambda c: c.time_series.update(TimeSeriesUpdate(id=1).security_categories.add(["1"])),
        TypeError,
        "securityCategories.add[0]: must be of type integer",
        id="TimeSeriesUpdate-seccat-str",
    ),  # type: ignore[list-item]
    pytest.param(
        lambda c: c.assets.update(AssetWrite(external_id="x", name="a" * 141)),
        ValueError,
        "assets.update: items[0].update.name.set: at most 140",
        id="update-with-write-object",
    ),
    pytest.param(
        lambda c: c.assets.upsert(AssetWrite(external_id="x", name="a" * 141)),
        ValueError,
        "assets.upsert: items[0].name: at most 140",
        id="upsert-name-long",
    ),
    pytest.param(
        lambda c: c.assets.upsert(
            [AssetWrite(external_id="x", name="a"), AssetWrite(external_id="y", name="b", metadata={"k": 1})]
        ),
        TypeError,
        "assets.upsert: items[1].metadata['k']",
        id="upsert-second-metadata",
    ),  # type: ignore[dict-item]
    pytest.param(
        lambda c: c.time_series.upsert(TimeSeriesWrite(external_id="t", unit="u" * 33)),
        ValueError,
        "timeseries.upsert: items[0].unit: at most 32",
        id="upsert-ts-unit",
    ),
    pytest.param(
        lambda c: c.assets.upsert(AssetWrite(external_id="x" * 256, name="a")),
        ValueError,
        "at most 255 characters",
        id="upsert-xid-256",
    ),
]


def _assert_nothing_sent(emulator: Emulator) -> None:
    assert [e for e in emulator.requests.find() if e.method == "POST"] == []


@pytest.mark.parametrize("api, item, where, message", UPDATE_CASES)
def test_update_table_case_rejected_before_sending(
    sync_client: CogniteClient, emulator: Emulator, api: str, item: dict[str, Any], where: str, message: str
) -> None:
    with pytest.raises(ValueError) as raised:
        getattr(sync_client, api).update(item)
    assert where in str(raised.value) and message in str(raised.value)
    _assert_nothing_sent(emulator)


@pytest.mark.parametrize("item, message", SHAPE_CASES)
def test_malformed_change_rejected_before_sending(
    sync_client: CogniteClient, emulator: Emulator, item: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError) as raised:
        sync_client.assets.update(item)
    assert "assets.update: items[0]" in str(raised.value) and message in str(raised.value)
    _assert_nothing_sent(emulator)


@pytest.mark.parametrize("call, error, message", CLASS_CASES)
def test_patch_object_rejected_before_sending(
    sync_client: CogniteClient, emulator: Emulator, call: Callable[[Any], Any], error: type, message: str
) -> None:
    with pytest.raises(error) as raised:
        call(sync_client)
    assert message in str(raised.value)
    _assert_nothing_sent(emulator)


def test_valid_updates_still_sent(sync_client: CogniteClient) -> None:
    """The neighbours of the cases above pass: the checks refuse only what breaks a rule."""
    sync_client.assets.create({"externalId": "x", "name": "a"})
    got = sync_client.assets.update(
        AssetUpdate(external_id="x").name.set("b").metadata.add({"k": "v"}).description.set_null()
    )
    assert got.name == "b" and got.metadata == {"k": "v"}
    sync_client.assets.update({"externalId": "x", "update": {"metadata": {"remove": ["k"]}}})
    up = sync_client.assets.upsert([AssetWrite(external_id="x", name="c"), AssetWrite(external_id="y", name="d")])
    assert [a.name for a in up] == ["c", "d"]
