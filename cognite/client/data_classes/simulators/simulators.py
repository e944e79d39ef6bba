"""Simulators and the simulator integrations (connectors) that serve them."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes._generated import SimulatorFields, SimulatorIntegrationFields


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
