"""client.units and client.units.systems against the emulator's unit catalog."""

from __future__ import annotations

import pytest

from cognite.client import AsyncCogniteClient, CogniteClient
from cognite.client.data_classes.units import Unit, UnitConversion, UnitList, UnitSystemList
from cognite.client.exceptions import CogniteNotFoundError
from cognite.emulator import Emulator


async def test_units_list_retrieve(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    units = await async_client.units.list()
    assert isinstance(units, UnitList) and len(units) > 5
    assert emulator.requests.last.method == "GET" and emulator.requests.last.route == "/units"
    celsius = await async_client.units.retrieve("temperature:deg_c")
    assert isinstance(celsius, Unit) and isinstance(celsius.conversion, UnitConversion)
    assert (celsius.conversion.multiplier, celsius.conversion.offset) == (1.0, 273.15)
    assert celsius.as_unit_id().unit_external_id == "temperature:deg_c"
    both = await async_client.units.retrieve(["temperature:deg_c", "pressure:bar"])
    assert both.as_external_ids() == ["temperature:deg_c", "pressure:bar"]
    assert await async_client.units.retrieve("temperature:nope", ignore_unknown_ids=True) is None
    with pytest.raises(CogniteNotFoundError):
        await async_client.units.retrieve("temperature:nope")


def test_units_from_alias_sync(sync_client: CogniteClient, emulator: Emulator) -> None:
    units = sync_client.units
    assert units.from_alias("degC").external_id == "temperature:deg_c"
    assert units.from_alias("F", "Temperature").external_id == "temperature:deg_f"
    with pytest.raises(ValueError, match="Ambiguous"):
        units.from_alias("F")  # farad and Fahrenheit
    both = units.from_alias("F", return_ambiguous=True)
    assert sorted(both.as_external_ids()) == ["capacitance:farad", "temperature:deg_f"]
    assert units.from_alias("psi", "pressure").external_id == "pressure:psi"  # quantity title-cased
    sent = len(emulator.requests)
    with pytest.raises(ValueError, match="did you mean"):
        units.from_alias("kelvn")
    assert len(emulator.requests) == sent  # the catalog is fetched once
    close = units.from_alias("kelvn", return_closest_matches=True)
    assert isinstance(close, UnitList) and "temperature:k" in close.as_external_ids()
    with pytest.raises(ValueError, match="Unknown quantity"):
        units.from_alias("m", "Lenght")
    with pytest.raises(ValueError, match="for known quantity"):
        units.from_alias("psi", "Length")
    with pytest.raises(TypeError):
        units.from_alias(3)  # type: ignore[arg-type]


def test_unit_systems(sync_client: CogniteClient) -> None:
    systems = sync_client.units.systems.list()
    assert isinstance(systems, UnitSystemList) and sorted(systems.as_names()) == ["Default", "Imperial", "SI"]
    si = next(s for s in systems if s.name == "SI")
    assert {q.name: q.unit_external_id for q in si.quantities}["Temperature"] == "temperature:k"
