"""The JSON codec gives the standard library's results, whether orjson (the fast path) is installed or not."""

from __future__ import annotations

import json
import math
from enum import IntEnum
from typing import Any

import pytest

from cognite.client._http import json_codec
from cognite.client._http.transport import dumps

orjson = pytest.importorskip("orjson")


class Level(IntEnum):
    LOW = 1


DOCUMENTS: list[Any] = [
    {"items": [{"externalId": "a", "value": 1.5, "flag": True, "n": None}], "cursor": "x"},
    {"big": 2**70, "neg": -(2**63), "u64": 2**64 - 1, "floats": [1e16, 1e-7, -0.0, 0.1 + 0.2]},
    {"text": 'é ✓ \u0000 \n \\ "', "nested": [[[{}]]], "empty": []},
    {"nullable_pump": 1},  # "null" inside a key: encoded through json, same bytes meaning
    {1: "int key", "level": Level.LOW},
]


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_encoding_reads_back_as_the_standard_library_encoding(doc: Any) -> None:
    expected = json.dumps(doc, separators=(",", ":"), allow_nan=False)
    assert json.loads(dumps(doc)) == json.loads(expected)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused_as_before(bad: float) -> None:
    with pytest.raises(ValueError, match="NaN and Infinity"):
        dumps({"items": [{"value": bad}]})


def test_objects_json_has_no_type_for_go_through_the_default_hook() -> None:
    class Dumpable:
        def dump(self, camel_case: bool = True) -> dict[str, Any]:
            return {"externalId": "d"}

    assert json.loads(dumps({"items": [Dumpable()]})) == {"items": [{"externalId": "d"}]}
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps({"when": object()})


@pytest.mark.parametrize(
    "raw",
    [
        b'{"items": [{"id": 123, "v": 2.5, "s": "\\u00e9"}], "nextCursor": null}',
        b'{"id": 123456789012345678901234567890}',  # beyond 64 bits: json keeps the int exact
        b'{"v": NaN, "w": Infinity}',  # tokens orjson refuses
        b'{"pad": "12345678901234567890 digits in a string"}',
    ],
)
def test_decoding_equals_the_standard_library(raw: bytes) -> None:
    got, expected = json_codec.loads(raw), json.loads(raw)
    assert repr(got) == repr(expected)  # repr: NaN != NaN, and an int must not come back as a float
    assert repr(json_codec.loads(raw.decode())) == repr(expected)


def test_a_long_integer_is_not_read_as_a_float() -> None:
    value = json_codec.loads(b'{"id": 18446744073709551617}')["id"]
    assert type(value) is int and value == 2**64 + 1
