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
