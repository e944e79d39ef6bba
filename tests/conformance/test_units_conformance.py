"""The official cognite-sdk's units API (doc examples) against the emulator's unit catalog."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import ServedEmulator


def test_units_doc_examples(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        unit = client.units.retrieve("temperature:deg_c")
        units = client.units.list()
        by_alias = client.units.from_alias("C", "Temperature")
        systems = client.units.systems.list()
        emit({
            "unit": unit.conversion.offset,
            "n": len(units) > 5,
            "alias": by_alias.external_id,
            "systems": sorted(s.name for s in systems),
        })
        """
    )
    assert out == {"unit": 273.15, "n": True, "alias": "temperature:deg_c", "systems": ["Default", "Imperial", "SI"]}


def test_units_from_alias_doc_examples(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        res = client.units.retrieve(["temperature:deg_c", "pressure:bar"])
        unit = client.units.from_alias("cmol / L")
        temperature = client.units.from_alias("F", "Temperature")
        try:
            client.units.from_alias("F")
            ambiguous = None
        except ValueError as err:
            ambiguous = str(err)
        unit_matches = client.units.from_alias("kilo watt", return_closest_matches=True)
        emit({
            "res": res.as_external_ids(),
            "unit": unit.external_id,
            "temperature": temperature.external_id,
            "ambiguous": "Ambiguous" in ambiguous,
            "matches": unit_matches.as_external_ids()[:1],
        })
        """
    )
    assert out == {
        "res": ["temperature:deg_c", "pressure:bar"],
        "unit": "amount_of_substance_concentration:centimol-per-l",
        "temperature": "temperature:deg_f",
        "ambiguous": True,
        "matches": ["power:kilow"],
    }


def test_datapoints_unit_conversion_doc_example(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    """The official SDK's retrieve with target_unit / target_unit_system: the emulator converts (°C -> °F)."""
    out = run_official(
        """
        from cognite.client.data_classes import TimeSeriesWrite
        client.time_series.create(TimeSeriesWrite(external_id="temp", unit_external_id="temperature:deg_c"))
        client.time_series.data.insert([(1_700_000_000_000, 100.0), (1_700_000_001_000, -40.0)], external_id="temp")
        dps = client.time_series.data.retrieve(
            external_id="temp", start=1_700_000_000_000, end="now", target_unit="temperature:deg_f"
        )
        arr = client.time_series.data.retrieve_arrays(
            external_id="temp", start=1_700_000_000_000, end="now", target_unit_system="SI",
            aggregates="average", granularity="1h",
        )
        emit({"f": [round(v, 9) for v in dps.value], "unit": dps.unit_external_id,
              "k": [round(float(v), 9) for v in arr.average], "si": arr.unit_external_id})
        """
    )
    assert out == {"f": [212.0, -40.0], "unit": "temperature:deg_f", "k": [303.15], "si": "temperature:k"}
