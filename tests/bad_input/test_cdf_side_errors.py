"""What only CDF can know (duplicates, unknown ids, version conflicts, the series' type): the request is sent and
CDF's 4xx reaches the user as a CogniteAPIError carrying the emulator's message and the offending identifiers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cognite.client import CogniteClient
from cognite.client.data_classes import AssetUpdate, AssetWrite, EventWrite, TimeSeriesWrite
from cognite.client.exceptions import CogniteAPIError, CogniteDuplicatedError, CogniteNotFoundError


def _seed(c: CogniteClient) -> None:
    c.assets.create([AssetWrite(external_id="a", name="a"), AssetWrite(external_id="b", name="b")])
    c.events.create(EventWrite(external_id="e"))
    c.time_series.create(TimeSeriesWrite(external_id="t"))


# (id, call, error class, message fragment, attribute that lists the offenders, expected entry)
CASES: list[Any] = [
    (
        "asset-duplicate",
        lambda c: c.assets.create(AssetWrite(external_id="a", name="x")),
        CogniteDuplicatedError,
        "",
        "duplicated",
        {"externalId": "a"},
    ),
    (
        "asset-duplicate-in-request",
        lambda c: c.assets.create([AssetWrite(external_id="z", name="x"), AssetWrite(external_id="z", name="y")]),
        CogniteDuplicatedError,
        "",
        "duplicated",
        {"externalId": "z"},
    ),
    (
        "event-duplicate",
        lambda c: c.events.create(EventWrite(external_id="e")),
        CogniteDuplicatedError,
        "",
        "duplicated",
        {"externalId": "e"},
    ),
    (
        "ts-duplicate",
        lambda c: c.time_series.create(TimeSeriesWrite(external_id="t")),
        CogniteDuplicatedError,
        "",
        "duplicated",
        {"externalId": "t"},
    ),
    (
        "asset-unknown-parent",
        lambda c: c.assets.create(AssetWrite(external_id="p", name="x", parent_external_id="nope")),
        CogniteAPIError,
        "",
        None,
        None,
    ),
    (
        "asset-retrieve-unknown",
        lambda c: c.assets.retrieve_multiple(external_ids=["nope"]),
        CogniteNotFoundError,
        "",
        "not_found",
        {"externalId": "nope"},
    ),
    (
        "asset-retrieve-unknown-id",
        lambda c: c.assets.retrieve_multiple(ids=[123456789]),
        CogniteNotFoundError,
        "",
        "not_found",
        {"id": 123456789},
    ),
    (
        "event-retrieve-unknown",
        lambda c: c.events.retrieve_multiple(external_ids=["nope"]),
        CogniteNotFoundError,
        "",
        "not_found",
        {"externalId": "nope"},
    ),
    (
        "asset-update-unknown",
        lambda c: c.assets.update(AssetUpdate(external_id="nope").name.set("n")),
        CogniteNotFoundError,
        "",
        "not_found",
        {"externalId": "nope"},
    ),
    (
        "asset-update-to-duplicate-xid",
        lambda c: c.assets.update(AssetUpdate(external_id="a").external_id.set("b")),
        CogniteDuplicatedError,
        "",
        "duplicated",
        None,
    ),
    (
        "asset-delete-unknown",
        lambda c: c.assets.delete(external_id="nope"),
        CogniteNotFoundError,
        "",
        "not_found",
        {"externalId": "nope"},
    ),
    (
        "ts-delete-unknown",
        lambda c: c.time_series.delete(id=987654321),
        CogniteNotFoundError,
        "",
        "not_found",
        {"id": 987654321},
    ),
    (
        "dps-into-unknown-series",
        lambda c: c.time_series.data.insert([(1_600_000_000_000, 1.0)], external_id="nope"),
        CogniteNotFoundError,
        "not found",
        "not_found",
        {"externalId": "nope"},
    ),
    (
        "string-into-numeric",
        lambda c: c.time_series.data.insert([(1_600_000_000_000, "s")], external_id="t"),
        CogniteAPIError,
        "Expected numeric values",
        None,
        None,
    ),
    ("raw-table-in-unknown-db", lambda c: c.raw.tables.create("nodb", "t"), CogniteAPIError, "", None, None),
]


@pytest.mark.parametrize(
    "call, error, message, attribute, entry", [pytest.param(*case[1:], id=case[0]) for case in CASES]
)
def test_cdf_side_error_surfaced(
    sync_client: CogniteClient,
    call: Callable[[CogniteClient], Any],
    error: type[CogniteAPIError],
    message: str,
    attribute: str | None,
    entry: Any,
) -> None:
    _seed(sync_client)
    with pytest.raises(error) as raised:
        call(sync_client)
    e = raised.value
    assert 400 <= e.code < 500 and e.message and message in e.message
    assert e.x_request_id  # the emulator's request id, for support tickets
    if attribute is not None:
        offenders = getattr(e, attribute)
        assert offenders, f"{attribute} empty: {e!r}"
        if entry is not None:
            assert entry in offenders
