"""Units of CDF's unit catalog and unit systems (read-only facts; fields generated from the spec)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes._generated import (
    UnitConversionFields,
    UnitFields,
    UnitIDFields,
    UnitSystemFields,
)


class UnitConversion(UnitConversionFields):
    """How a unit converts to its quantity's base unit: ``base = value * multiplier + offset``.

    Example:
        >>> from cognite.client.data_classes.units import UnitConversion
        >>> UnitConversion(multiplier=1.0, offset=273.15).dump()
        {'multiplier': 1.0, 'offset': 273.15}
    """


class UnitID(UnitIDFields):
    """A unit named by a unit system for one of its quantities.

    Example:
        >>> from cognite.client.data_classes.units import UnitID
        >>> UnitID(unit_external_id="temperature:deg_c", name="Temperature").dump()
        {'unitExternalId': 'temperature:deg_c', 'name': 'Temperature'}
    """


class Unit(UnitFields):
    """A unit of CDF's unit catalog.

    Example:
        >>> from cognite.client.data_classes.units import Unit
        >>> unit = Unit._load({"externalId": "temperature:deg_c", "name": "DEG_C", "quantity": "Temperature"})
        >>> unit.as_unit_id().unit_external_id
        'temperature:deg_c'
    """

    def __hash__(self) -> int:  # type: ignore[override]  # units are hashable by external id (as the official SDK)
        return hash(self.external_id)

    def as_unit_id(self) -> UnitID:
        """The ``UnitID`` (external id and name) of this unit."""
        return UnitID(unit_external_id=self.external_id, name=self.name)


class UnitList(CogniteResourceList[Unit]):
    """A list of units."""

    _RESOURCE = Unit


class UnitSystem(UnitSystemFields):
    """A unit system (e.g. SI, Imperial): the unit it uses for each quantity.

    Example:
        >>> from cognite.client.data_classes.units import UnitSystem
        >>> system = UnitSystem._load({"name": "SI", "quantities": [{"name": "Length", "unitExternalId": "length:m"}]})
        >>> system.quantities[0].unit_external_id
        'length:m'
    """


class UnitSystemList(CogniteResourceList[UnitSystem]):
    """A list of unit systems."""

    _RESOURCE = UnitSystem

    def as_names(self) -> list[str]:
        """The names of the unit systems.

        Example:
            >>> from cognite.client.data_classes.units import UnitSystem, UnitSystemList
            >>> UnitSystemList([UnitSystem(name="SI", quantities=[])]).as_names()
            ['SI']
        """
        return [system.name for system in self]
