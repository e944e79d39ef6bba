"""POST /timeseries/synthetic/query: expressions, alignment by interpolation, errors."""

from __future__ import annotations

import httpx
import pytest

from .conftest import Registry, insert

T0 = 1_704_067_200_000


async def synth(client: httpx.AsyncClient, expression: str, status: int = 200, **query: object) -> list[dict]:
    item = {"expression": expression, "start": T0, "end": T0 + 100_000, **query}
    r = await client.post("/timeseries/synthetic/query", json={"items": [item]})
    assert r.status_code == status, r.text
    return r.json()["items"][0]["datapoints"] if status == 200 else r.json()


@pytest.fixture
async def two(client: httpx.AsyncClient, registry: Registry) -> int:
    a = registry.create("a")
    registry.create("b")
    registry.create("st", is_step=True)
    await insert(client, {"externalId": "a"}, [T0, T0 + 10_000, T0 + 20_000], [1.0, 2.0, 3.0])
    await insert(client, {"externalId": "b"}, [T0 + 5000, T0 + 20_000], [10.0, 40.0])
    await insert(client, {"externalId": "st"}, [T0, T0 + 15_000], [1.0, 0.0])
    return a.id


async def test_arithmetic_and_precedence(client: httpx.AsyncClient, two: int) -> None:
    got = await synth(client, f"(ts{{id={two}}} + 1) * 2 - -3 / TS{{externalId='a'}}")
    assert got == [{"timestamp": T0, "value": 7.0}, {"timestamp": T0 + 10_000, "value": 7.5},
                   {"timestamp": T0 + 20_000, "value": 9.0}]  # fmt: skip


async def test_alignment_by_interpolation(client: httpx.AsyncClient, two: int) -> None:
    got = await synth(client, "ts{externalId='a'} + ts{externalId=\"b\"}")
    # Union of timestamps, within both series' ranges; linear interpolation elsewhere.
    assert got == [{"timestamp": T0 + 5000, "value": 1.5 + 10.0}, {"timestamp": T0 + 10_000, "value": 2.0 + 20.0},
                   {"timestamp": T0 + 20_000, "value": 3.0 + 40.0}]  # fmt: skip
    got = await synth(client, "ts{externalId='a'} * ts{externalId='st'}", limit=3)
    assert [p["value"] for p in got] == [1.0, 2.0, 0.0]  # step series hold their value


async def test_division_by_zero_is_a_point_error(client: httpx.AsyncClient, two: int) -> None:
    got = await synth(client, "1 / (ts{externalId='a'} - 2)")
    assert got[0] == {"timestamp": T0, "value": -1.0}
    assert got[1]["timestamp"] == T0 + 10_000 and "Division by zero" in got[1]["error"]


async def test_functions_and_aggregates(client: httpx.AsyncClient, two: int) -> None:
    got = await synth(client, "sqrt(ts{externalId:'b'} * 10) + pi() * 0")
    assert [p["value"] for p in got] == [10.0, 20.0]
    got = await synth(client, "ts{externalId='a', aggregate='average', granularity='10s'}")
    assert got == [{"timestamp": T0, "value": 1.0}, {"timestamp": T0 + 10_000, "value": 2.0},
                   {"timestamp": T0 + 20_000, "value": 3.0}]  # fmt: skip


@pytest.mark.parametrize(
    "expression",
    [
        "ts{externalId='a'} +",
        "import os",
        "ts{externalId='nope'}",
        "__import__('os')",
        "ts{externalId='a'}) (",
        "1 + 2",
        "sqrt(1, 2)",
        "ts{externalId='a', aggregate='median', granularity='1h'}",
        "ts{unit='m'}",
        "ts{externalId='b', targetUnit='temperature:k'}",  # b has no unit: no conversion (test_unit_conversion.py)
    ],
)
async def test_invalid_expressions_are_400(client: httpx.AsyncClient, two: int, expression: str) -> None:
    await synth(client, expression, status=400)
