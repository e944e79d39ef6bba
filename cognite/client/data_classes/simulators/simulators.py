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
