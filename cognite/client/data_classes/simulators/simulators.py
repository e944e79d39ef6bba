"""Simulators and the simulator integrations (connectors) that serve them."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes._generated import (
    SimulatorFields,
    SimulatorIntegrationFields,
    SimulatorModelTypeFields,
    SimulatorQuantityFields,
    SimulatorStepFieldFields,
    SimulatorStepFields,
    SimulatorStepOptionFields,
    SimulatorUnitEntryFields,
)


class Simulator(SimulatorFields):
    """A simulator registered in the project (by its connector): model types, step fields, unit quantities.

    Example:
        >>> from cognite.client.data_classes.simulators import Simulator
        >>> Simulator(external_id="DWSIM", name="DWSIM").dump()
        {'externalId': 'DWSIM', 'name': 'DWSIM'}
    """

    def get_quantities(self) -> list[str]:
        """The names of the quantities the simulator knows.

        Example:
            >>> from cognite.client.data_classes.simulators import Simulator
            >>> sim = Simulator._load({"unitQuantities": [{"name": "pressure", "label": "P", "units": []}]})
            >>> sim.get_quantities()
            ['pressure']
        """
        return [q.name for q in self.unit_quantities or []]

    def get_units(self, quantity: str) -> list[str]:
        """The unit names of one of the simulator's quantities (ValueError for a quantity it does not know).

        Example:
            >>> from cognite.client.data_classes.simulators import Simulator
            >>> units = [{"name": "bar", "label": "bar"}]
            >>> Simulator._load({"unitQuantities": [{"name": "pressure", "label": "P", "units": units}]}).get_units("pressure")
            ['bar']
        """
        for q in self.unit_quantities or []:
            if q.name == quantity:
                return [u.name for u in q.units]
        known = ", ".join(self.get_quantities()) or "none"
        raise ValueError(f"Quantity {quantity!r} not found; this simulator's quantities: {known}")


class SimulatorList(CogniteResourceList[Simulator]):
    _RESOURCE = Simulator


class SimulatorIntegration(SimulatorIntegrationFields):
    """A connector serving a simulator: heartbeat, versions, license and connector status.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorIntegration
        >>> SimulatorIntegration(external_id="dwsim-connector", simulator_external_id="DWSIM").dump()
        {'externalId': 'dwsim-connector', 'simulatorExternalId': 'DWSIM'}
    """


class SimulatorIntegrationList(CogniteResourceList[SimulatorIntegration]):
    _RESOURCE = SimulatorIntegration


class SimulatorUnitEntry(SimulatorUnitEntryFields):
    """A unit of a quantity the simulator knows (label, name)."""


class SimulatorQuantity(SimulatorQuantityFields):
    """A quantity the simulator knows, with its units."""


class SimulatorModelType(SimulatorModelTypeFields):
    """A model type of the simulator (name, key)."""


class SimulatorStepOption(SimulatorStepOptionFields):
    """One option of a step field (label, value)."""


class SimulatorStepField(SimulatorStepFieldFields):
    """A field of a routine step type (name, label, info, options)."""


class SimulatorStep(SimulatorStepFields):
    """A routine step type of the simulator and its fields."""
