"""Unit conversion in datapoint retrieval (target_unit / target_unit_system), computed by the emulator from the unit
catalog and checked against hand-computed conversions (°C -> °F: x * 1.8 + 32; bar -> psi: x * 100000 / 6894.757...)."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import Emulator
from tests.conftest import PROJECT

T0 = 1_700_000_040_000  # a whole minute
CELSIUS = [0.0, 100.0, -40.0, 37.0]
FAHRENHEIT = [32.0, 212.0, -40.0, 98.6]
BAR = [1.0, 2.5]
PSI = [14.503773773020923, 36.25943443255231]


@pytest.fixture
def series(emulator: Emulator, client: Any) -> Any:
    """Series "temp" (°C), "pres" (bar) and "plain" (no unit) with their points."""
    with emulator.client() as http:
        items = [
            {"externalId": "temp", "unitExternalId": "temperature:deg_c"},
            {"externalId": "pres", "unitExternalId": "pressure:bar"},
            {"externalId": "plain"},
        ]
        http.post(f"/api/v1/projects/{PROJECT}/timeseries", json={"items": items}).raise_for_status()
        points = [
            {"externalId": "temp", "datapoints": [{"timestamp": T0 + i * 1000, "value": v} for i, v in enumerate(CELSIUS)]},
            {"externalId": "pres", "datapoints": [{"timestamp": T0 + i * 1000, "value": v} for i, v in enumerate(BAR)]},
            {"externalId": "plain", "datapoints": [{"timestamp": T0, "value": 1.0}]},
        ]  # fmt: skip
        http.post(f"/api/v1/projects/{PROJECT}/timeseries/data", json={"items": points}).raise_for_status()
    return client.time_series.data


async def test_raw_values_converted(series: Any, resolve: Any) -> None:
    dps = await resolve(series.retrieve(external_id="temp", start=T0, end=T0 + 60_000, target_unit="temperature:deg_f"))
    assert dps.value == pytest.approx(FAHRENHEIT) and dps.unit_external_id == "temperature:deg_f"
    arr = await resolve(
        series.retrieve_arrays(external_id="pres", start=T0, end=T0 + 60_000, target_unit_system="Imperial")
    )
    assert arr.value.tolist() == pytest.approx(PSI) and arr.unit_external_id == "pressure:psi"
    same = await resolve(series.retrieve(external_id="temp", start=T0, end=T0 + 60_000))
    assert same.value == CELSIUS and same.unit_external_id == "temperature:deg_c"  # unconverted by default
    latest = await resolve(series.retrieve_latest(external_id="temp", target_unit="temperature:k"))
    assert latest.value == pytest.approx(37.0 + 273.15) and latest.unit_external_id == "temperature:k"


async def test_aggregates_of_converted_values(series: Any, resolve: Any) -> None:
    agg = await resolve(
        series.retrieve(
            external_id="temp", start=T0, end=T0 + 60_000, granularity="1m",
            aggregates=["average", "sum", "count", "min", "max"], target_unit="temperature:deg_f",
        )
    )  # fmt: skip
    assert agg.average == pytest.approx([sum(FAHRENHEIT) / 4]) and agg.sum == pytest.approx([sum(FAHRENHEIT)])
    assert agg.count == [4] and agg.min == pytest.approx([-40.0]) and agg.max == pytest.approx([212.0])
    df = await resolve(
        series.retrieve_dataframe(
            external_id="pres", start=T0, end=T0 + 60_000, granularity="1m", aggregates=["max"],
            target_unit="pressure:psi",
        )
    )  # fmt: skip
    assert df["pres|pressure:psi|max"].tolist() == pytest.approx([PSI[1]])


async def test_synthetic_inputs_converted(series: Any, resolve: Any) -> None:
    expression = "ts{externalId='temp', targetUnit='temperature:deg_f'} - ts{externalId='temp'}"
    got = await resolve(series.synthetic.query(expressions=expression, start=T0, end=T0 + 60_000))
    assert got.value == pytest.approx([f - c for f, c in zip(FAHRENHEIT, CELSIUS, strict=True)])
    expression = "ts{externalId='pres', targetUnitSystem='Imperial'}"
    got = await resolve(series.synthetic.query(expressions=expression, start=T0, end=T0 + 60_000))
    assert got.value == pytest.approx(PSI)


async def test_conversion_errors(series: Any, resolve: Any) -> None:
    with pytest.raises(CogniteAPIError, match="Cannot convert") as err:
        await resolve(series.retrieve(external_id="temp", start=T0, end=T0 + 60_000, target_unit="pressure:psi"))
    assert err.value.code == 400
    with pytest.raises(CogniteAPIError, match="no unitExternalId"):
        await resolve(series.retrieve(external_id="plain", start=T0, end=T0 + 60_000, target_unit="pressure:psi"))
    with pytest.raises(CogniteAPIError, match="Unknown targetUnitSystem"):
        await resolve(series.retrieve(external_id="temp", start=T0, end=T0 + 60_000, target_unit_system="Metric"))
    with pytest.raises(ValueError, match="at most one"):  # refused before sending
        await resolve(
            series.retrieve(
                external_id="temp", start=T0, end=T0 + 60_000, target_unit="temperature:k", target_unit_system="SI"
            )
        )
