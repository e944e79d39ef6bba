"""Bad datapoint inserts (issue 15): each is refused before any request with a message naming the datapoint and
the rule, or (what only CDF knows: the series' type, unknown series) answered 4xx and surfaced as CogniteAPIError."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from cognite.client import CogniteClient
from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import Emulator

T = 1_600_000_000_000
NUM = {"external_id": "num"}

# (datapoints, expected error type, message fragment); inserted into the numeric series "num".
INSERT_CASES: list[Any] = [
    pytest.param(
        [(T + 1.5, 1.0)],
        ValueError,
        "datapoints[0] of {'externalId': 'num'}: timestamp 1600000000001.5 is not a whole number",
        id="float-ts-fraction",
    ),
    pytest.param([(T, 1.0), (T + 0.25, 1.0)], ValueError, "datapoints[1] of", id="float-ts-second-named"),
    pytest.param((np.array([T + 0.5]), np.array([1.0])), ValueError, "not a whole number", id="float-ts-array"),
    pytest.param([(float(T) + 0.5, "x")], ValueError, "not a whole number", id="float-ts-string-series"),
    pytest.param([{"timestamp": T + 0.5, "value": 1.0}], ValueError, "not a whole number", id="float-ts-dict"),
    pytest.param(
        [(T, True)],
        TypeError,
        "datapoints[0] of {'externalId': 'num'}: value must be a number or a string, got the bool True",
        id="bool-value",
    ),
    pytest.param([(T, 1.0), (T + 1, False)], TypeError, "datapoints[1] of", id="bool-value-second"),
    pytest.param([{"timestamp": T, "value": True}], TypeError, "got the bool True", id="bool-value-dict"),
    pytest.param([(T, np.bool_(True))], TypeError, "got the bool", id="numpy-bool-value"),
    pytest.param((np.array([T]), np.array([True])), TypeError, "got a bool array", id="bool-value-array"),
    pytest.param([(T, None, 0), (T + 1, True, 0)], TypeError, "got the bool", id="bool-value-status-path"),
    pytest.param([(True, 1.0)], TypeError, "timestamp must be a number, got a bool", id="bool-ts"),
    pytest.param([(T, 1.0), (False, 1.0)], TypeError, "datapoints[1]", id="bool-ts-second"),
    pytest.param((np.array([True]), np.array([1.0])), TypeError, "timestamps must be numbers", id="bool-ts-array"),
    pytest.param([(10**20, 1.0)], ValueError, "timestamp 100000000000000000000 is outside CDF's range", id="ts-1e20"),
    pytest.param([(10**20, "s")], ValueError, "timestamp 100000000000000000000 is outside", id="ts-1e20-string"),
    pytest.param([(-(10**20), 1.0)], ValueError, "timestamp -100000000000000000000 is outside", id="ts-minus-1e20"),
    pytest.param(
        (np.array([10**18]), np.array([1.0])),
        ValueError,
        "timestamp 1000000000000000000 is outside",
        id="ts-1e18-array",
    ),
    pytest.param([(4_102_444_800_000, 1.0)], ValueError, "is outside CDF's range", id="ts-year-2100"),
    pytest.param([(-2_208_988_800_001, 1.0)], ValueError, "is outside CDF's range", id="ts-before-1900"),
    pytest.param([(float("nan"), 1.0)], ValueError, "timestamp nan is outside", id="ts-nan"),
    pytest.param([(float("inf"), 1.0)], ValueError, "outside", id="ts-inf"),
    pytest.param(
        [("abc", 1.0)], ValueError, "datapoints[0] of {'externalId': 'num'}: timestamp 'abc'", id="ts-garbage-string"
    ),
    pytest.param([({"t": 1}, 1.0)], TypeError, "timestamp must be", id="ts-dict"),
    pytest.param(
        [{"timestamp": T, "valu": 1.0}],
        ValueError,
        "datapoints[0] of {'externalId': 'num'}: unknown key 'valu'",
        id="dict-typo-valu",
    ),
    pytest.param(
        [{"timestamp": T, "value": 1.0}, {"timestmp": T, "value": 1.0}],
        ValueError,
        "datapoints[1] of {'externalId': 'num'}: unknown key 'timestmp'",
        id="dict-typo-timestamp",
    ),
    pytest.param(
        [{"timestamp": T, "value": 1.0, "statusCode": 0}],
        ValueError,
        "unknown key 'statusCode'",
        id="dict-unknown-statusCode",
    ),
    pytest.param([{"timestamp": T}], ValueError, "missing 'value'", id="dict-missing-value"),
    pytest.param([{"value": 1.0}], ValueError, "missing 'timestamp'", id="dict-missing-timestamp"),
    pytest.param(
        [{"timestamp": T, "value": 1.0}, (T, 1.0)],
        TypeError,
        "datapoints[1] of {'externalId': 'num'}: expected a dict",
        id="dict-then-tuple",
    ),
    pytest.param(
        [(T, 1.0, 0, 9)], ValueError, "datapoints[0] of {'externalId': 'num'}: must be (timestamp, value)", id="tuple-4"
    ),
    pytest.param([(T,)], ValueError, "must be (timestamp, value)", id="tuple-1"),
    pytest.param([(T, 1.0), 5], ValueError, "datapoints[1] of", id="tuple-then-int"),
    pytest.param([(T, float("nan"))], ValueError, "Invalid value nan in datapoints[0]", id="nan-value"),
    pytest.param([(T, float("inf"))], ValueError, "Invalid value inf in datapoints[0]", id="inf-value"),
    pytest.param(
        [(T, 1.0), (T + 1, float("-inf"))], ValueError, "Invalid value -inf in datapoints[1]", id="minus-inf-second"
    ),
    pytest.param([(T, 1e100)], ValueError, "within (-1e100, 1e100)", id="value-1e100"),
    pytest.param([(T, "NaN"), (T + 1, 1.0)], ValueError, "Invalid value nan", id="nan-string-value"),
    pytest.param(
        [(T, None)], ValueError, "datapoints[0] of {'externalId': 'num'}: value may only be None", id="none-value"
    ),
    pytest.param([(T, 1.0), (T + 1, None, 0)], ValueError, "datapoints[1] of", id="none-value-good-status"),
    pytest.param([(T, "a" * 1024)], ValueError, "string values are at most 1023 UTF-8 bytes", id="string-too-long"),
    pytest.param([(T, "\u00e9" * 512)], ValueError, "at most 1023 UTF-8 bytes", id="string-too-long-bytes"),
    pytest.param([(T, 1.0), (T + 1, "a")], TypeError, "all numbers or all strings", id="mixed-number-string"),
    pytest.param(
        [(T, [1.0])],
        TypeError,
        "datapoints[0] of {'externalId': 'num'}: value must be a number or a string, got list",
        id="list-value",
    ),
    pytest.param([(T, {"a": 1})], TypeError, "got dict", id="dict-value"),
    pytest.param([(T, 1.0, "good")], TypeError, "status must be", id="status-str"),
    pytest.param([(T, 1.0, {"symbol": "Meh"})], ValueError, "Unknown status symbol 'Meh'", id="status-symbol"),
    pytest.param([(T, 1.0, -1)], ValueError, "32 unsigned bits", id="status-negative"),
    pytest.param(
        (np.array([T, T + 1]), np.array([1.0])), ValueError, "got 2 timestamps but 1 values", id="length-mismatch"
    ),
    pytest.param(np.array([[T, 1.0, 2.0]]), ValueError, "shape (n, 2)", id="array-shape"),
    pytest.param("abc", TypeError, "Cannot insert datapoints of type str", id="datapoints-str"),
    pytest.param([5], TypeError, "Datapoints must be tuples, dicts", id="datapoints-ints"),
]


@pytest.mark.parametrize("datapoints, error, message", INSERT_CASES)
def test_bad_datapoints_rejected_before_sending(
    sync_client: CogniteClient, emulator: Emulator, datapoints: Any, error: type, message: str
) -> None:
    with pytest.raises(error) as raised:
        sync_client.time_series.data.insert(datapoints, **NUM)
    assert message in str(raised.value)
    assert list(emulator.requests.find()) == []


MULTI_CASES: list[Any] = [
    pytest.param([{"externalId": "a", "datapoints": [(T, True)]}], TypeError, "{'externalId': 'a'}", id="multi-bool"),
    pytest.param(
        [{"id": 1, "datapoints": [(T, 1.0)]}, {"externalId": "b", "datapoints": [{"timestamp": T, "valu": 1}]}],
        ValueError,
        "datapoints[0] of {'externalId': 'b'}: unknown key 'valu'",
        id="multi-second-series-typo",
    ),
    pytest.param(
        [{"externalId": "a", "datapoints": [(T + 0.5, 1.0)]}], ValueError, "whole number", id="multi-float-ts"
    ),
    pytest.param([{"externalId": "a"}], ValueError, "needs an identifier and 'datapoints'", id="multi-no-datapoints"),
    pytest.param(
        [{"datapoints": [(T, 1.0)]}],
        ValueError,
        "exactly one of id / externalId / instanceId",
        id="multi-no-identifier",
    ),
    pytest.param(
        [{"id": 1, "externalId": "a", "datapoints": []}], ValueError, "exactly one of", id="multi-two-identifiers"
    ),
    pytest.param({"externalId": "a", "datapoints": []}, TypeError, "takes a list", id="multi-not-a-list"),
]


@pytest.mark.parametrize("entries, error, message", MULTI_CASES)
def test_bad_insert_multiple_rejected_before_sending(
    sync_client: CogniteClient, emulator: Emulator, entries: Any, error: type, message: str
) -> None:
    with pytest.raises(error) as raised:
        sync_client.time_series.data.insert_multiple(entries)
    assert message in str(raised.value)
    assert list(emulator.requests.find()) == []


# What only CDF knows: surfaced as CogniteAPIError (4xx) carrying the emulator's message.
CDF_CASES: list[tuple[str, Callable[[CogniteClient], Any], str]] = [
    (
        "string-into-numeric",
        lambda c: c.time_series.data.insert([(T, "a")], external_id="num"),
        "Expected numeric values",
    ),
    (
        "number-into-string",
        lambda c: c.time_series.data.insert([(T, 1.0)], external_id="str"),
        "Expected string values",
    ),
    ("unknown-series", lambda c: c.time_series.data.insert([(T, 1.0)], external_id="nope"), "not found"),
    ("unknown-series-id", lambda c: c.time_series.data.insert([(T, 1.0)], id=123456), "not found"),
]


@pytest.mark.parametrize("call, message", [pytest.param(c, m, id=i) for i, c, m in CDF_CASES])
def test_cdf_side_errors_surface_clearly(
    sync_client: CogniteClient, call: Callable[[CogniteClient], Any], message: str
) -> None:
    sync_client.time_series.create([{"externalId": "num"}, {"externalId": "str", "isString": True}])
    with pytest.raises(CogniteAPIError) as raised:
        call(sync_client)
    assert 400 <= raised.value.code < 500 and message in raised.value.message


def test_valid_inserts_still_pass(sync_client: CogniteClient) -> None:
    """The neighbours of the cases above are accepted: whole float ms, 0 / 1 numbers, NaN with a Bad status."""
    sync_client.time_series.create([{"externalId": "num"}])
    sync_client.time_series.data.insert([(float(T), 0), (T + 1, 1), (T + 2.0, 1.0)], **NUM)
    sync_client.time_series.data.insert((np.array([T + 3.0]), np.array([0.0])), **NUM)
    sync_client.time_series.data.insert([(T + 4, float("nan"), {"symbol": "Bad"})], **NUM)
    got = sync_client.time_series.data.retrieve(external_id="num", start=T, end=T + 4, ignore_bad_datapoints=True)
    assert got is not None and list(got.value) == [0.0, 1.0, 1.0, 0.0]
