"""Logs of simulator integrations, model revisions and runs."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes._generated import (
    SimulatorLogDataFields,
    SimulatorLogFields,
)


class SimulatorLog(SimulatorLogFields):
    """A log: entries (timestamp, message, severity) written by a connector.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorLog
        >>> SimulatorLog(id=1, data=[]).dump()
        {'id': 1, 'data': []}
    """


class SimulatorLogList(CogniteResourceList[SimulatorLog]):
    _RESOURCE = SimulatorLog


class SimulatorLogData(SimulatorLogDataFields):
    """One log entry (timestamp, message, severity)."""
