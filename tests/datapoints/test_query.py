"""Query normalisation: identifiers with per-series settings, aggregate names, granularity alignment, validation."""

from __future__ import annotations

import pytest

from cognite.client._datapoints.aggregates import normalize_aggregate
from cognite.client._datapoints.query import build_queries
from cognite.client._datapoints.timeparse import parse_granularity, to_ms
from cognite.client.data_classes.datapoints import DatapointsQuery

NOW = 1_700_000_000_000
BASE = {"start": 0, "end": NOW}


def test_per_series_dicts_override_defaults() -> None:
    qs = build_queries(
        id=[{"id": 1, "aggregates": ["average"]}, {"id": 1, "aggregates": "min", "granularity": "2h"}],
        external_id={"externalId": "x", "aggregates": ["max"], "limit": 5},
        defaults={**BASE, "granularity": "1h"},
        now=NOW,
    )
    assert [(q.identifier, q.aggregates, q.granularity, q.limit) for q in qs] == [
        ({"id": 1}, ["average"], "1h", None),
        ({"id": 1}, ["min"], "2h", None),
        ({"externalId": "x"}, ["max"], "1h", 5),
    ]
    assert qs[0].item_body == {"id": 1, "aggregates": ["average"], "granularity": "1h"}


def test_aggregate_windows_align_to_whole_units() -> None:
    (q,) = build_queries(
        id=1, defaults={"start": 90_500, "end": 200_000, "aggregates": ["count"], "granularity": "1m"}, now=NOW
    )
    assert (q.start, q.end) == (60_000, 240_000)  # start floored to the minute, end a whole number of buckets
    assert q.parallel and q.gran_ms == 60_000
    (q,) = build_queries(id=1, defaults={**BASE, "aggregates": ["sum"], "granularity": "1mo"}, now=NOW)
    assert not q.parallel  # calendar months: fetched serially with cursors


def test_query_objects_and_status_flags() -> None:
    dq = DatapointsQuery(external_id="a", start="1d-ago", end="now", include_status=True, ignore_bad_datapoints=False)
    (q,) = build_queries(external_id=dq, defaults=BASE, now=NOW)
    assert q.start == NOW - 86_400_000 and q.end == NOW
    assert q.item_body == {"externalId": "a", "includeStatus": True, "ignoreBadDataPoints": False}


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"id": 1, "defaults": {"start": 5, "end": 5}}, "larger than start"),
        ({"id": 1, "defaults": {**BASE, "granularity": "1h"}}, "together"),
        ({"id": [{"id": 1, "bogus": 1}], "defaults": BASE}, "Unknown per-series query key"),
        ({"id": [{"id": 1, "externalId": "x"}], "defaults": BASE}, "exactly one"),
        ({"defaults": BASE}, "at least one"),
        ({"id": 1, "defaults": {**BASE, "limit": -5}}, "limit"),
        ({"id": 1, "defaults": {**BASE, "target_unit": "a", "target_unit_system": "b"}}, "at most one"),
    ],
)
def test_invalid_queries(kwargs: dict, error: str) -> None:
    with pytest.raises((ValueError, TypeError), match=error):
        build_queries(now=NOW, **kwargs)


def test_names_and_times() -> None:
    assert normalize_aggregate("step_interpolation") == normalize_aggregate("stepInterpolation") == "stepInterpolation"
    assert parse_granularity("2weeks") == (14, "d") and parse_granularity("1y") == (12, "mo")
    with pytest.raises(ValueError):
        parse_granularity("121s")  # CDF allows 1..120 seconds
    assert to_ms("3w-ago", now=NOW) == NOW - 21 * 86_400_000 and to_ms("1h-ahead", now=NOW) == NOW + 3_600_000
    with pytest.raises(ValueError, match="outside"):
        to_ms(5_000_000_000_000)
