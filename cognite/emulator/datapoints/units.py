"""Unit conversion of datapoint queries (targetUnit / targetUnitSystem) over the unit catalog's facts.

A unit converts to its quantity's base unit as ``base = value * multiplier + offset``, so a series in unit S read in
unit T is the linear map ``value * (m_S / m_T) + (o_S - o_T) / m_T``. Raw values are mapped; aggregates are computed
over the mapped values (so counts and durations are unchanged), as CDF does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from cognite.emulator.datapoints.refs import TimeSeriesRef
from cognite.emulator.http import CDFError
from cognite.emulator.resources.unit_catalog import UNIT_SYSTEMS, UNITS


@dataclass(frozen=True)
class Conversion:
    """``converted = value * scale + shift``; ``target`` is the unit external id the reply reports."""

    scale: float
    shift: float
    target: str

    def apply(self, values: np.ndarray) -> np.ndarray:
        return values * self.scale + self.shift


@cache
def _units() -> dict[str, dict[str, Any]]:
    return {u["externalId"]: u for u in UNITS}


@cache
def _systems() -> dict[str, dict[str, str]]:
    return {s["name"]: {q["name"]: q["unitExternalId"] for q in s["quantities"]} for s in UNIT_SYSTEMS}


def conversion(query: dict[str, Any], ref: TimeSeriesRef) -> Conversion | None:
    """The conversion a query item asks for (None when it asks for none); a clear 400 when it cannot be done."""
    target_unit, system = query.get("targetUnit"), query.get("targetUnitSystem")
    if target_unit is None and system is None:
        return None
    if target_unit is not None and system is not None:
        raise CDFError(400, "Give at most one of targetUnit and targetUnitSystem")
    if ref.is_string:
        raise CDFError(400, f"Unit conversion is not supported for string time series (id {ref.id})")
    source = _units().get(ref.unit_external_id or "")
    if source is None:
        raise CDFError(400, f"Time series (id {ref.id}) has no unitExternalId in the unit catalog: cannot convert")
    if system is not None:
        units = _systems().get(system) if isinstance(system, str) else None
        if units is None:
            raise CDFError(400, f"Unknown targetUnitSystem {system!r}. Known: {sorted(_systems())}")
        target_unit = units.get(source["quantity"], source["externalId"])  # no unit for the quantity: unchanged
    target = _units().get(target_unit) if isinstance(target_unit, str) else None
    if target is None:
        raise CDFError(400, f"Unknown targetUnit {target_unit!r}")
    if target["quantity"] != source["quantity"]:
        raise CDFError(
            400,
            f"Cannot convert time series (id {ref.id}) from {source['externalId']} ({source['quantity']}) "
            f"to {target['externalId']} ({target['quantity']})",
        )
    m_s, o_s = source["conversion"]["multiplier"], source["conversion"]["offset"]
    m_t, o_t = target["conversion"]["multiplier"], target["conversion"]["offset"]
    return Conversion(scale=m_s / m_t, shift=(o_s - o_t) / m_t, target=target["externalId"])
