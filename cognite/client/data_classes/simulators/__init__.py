"""Simulator data classes: simulators, integrations, models and revisions, routines and revisions, runs, logs."""

from __future__ import annotations

from cognite.client.data_classes.simulators.filters import (
    PropertySort,
    SimulationRunsSort,
    SimulatorIntegrationFilter,
    SimulatorModelRevisionsFilter,
    SimulatorModelsFilter,
    SimulatorRoutineRevisionsFilter,
    SimulatorRoutinesFilter,
    SimulatorRunsFilter,
)
from cognite.client.data_classes.simulators.logs import (
    SimulatorLog,
    SimulatorLogList,
)
from cognite.client.data_classes.simulators.models import (
    SimulatorModel,
    SimulatorModelList,
    SimulatorModelRevision,
    SimulatorModelRevisionData,
    SimulatorModelRevisionDataList,
    SimulatorModelRevisionList,
    SimulatorModelRevisionWrite,
    SimulatorModelRevisionWriteList,
    SimulatorModelUpdate,
    SimulatorModelWrite,
    SimulatorModelWriteList,
)
from cognite.client.data_classes.simulators.routine_revisions import (
    SimulatorRoutineRevision,
    SimulatorRoutineRevisionList,
    SimulatorRoutineRevisionWrite,
    SimulatorRoutineRevisionWriteList,
)
from cognite.client.data_classes.simulators.routines import (
    SimulatorRoutine,
    SimulatorRoutineList,
    SimulatorRoutineWrite,
    SimulatorRoutineWriteList,
)
from cognite.client.data_classes.simulators.runs import (
    SimulationRun,
    SimulationRunDataItem,
    SimulationRunDataList,
    SimulationRunList,
    SimulationRunWrite,
    SimulationRunWriteList,
)
from cognite.client.data_classes.simulators.simulators import (
    Simulator,
    SimulatorIntegration,
    SimulatorIntegrationList,
    SimulatorList,
)

__all__ = [
    "PropertySort",
    "SimulationRun",
    "SimulationRunDataItem",
    "SimulationRunDataList",
    "SimulationRunList",
    "SimulationRunWrite",
    "SimulationRunWriteList",
    "SimulationRunsSort",
    "Simulator",
    "SimulatorIntegration",
    "SimulatorIntegrationFilter",
    "SimulatorIntegrationList",
    "SimulatorList",
    "SimulatorLog",
    "SimulatorLogList",
    "SimulatorModel",
    "SimulatorModelList",
    "SimulatorModelRevision",
    "SimulatorModelRevisionData",
    "SimulatorModelRevisionDataList",
    "SimulatorModelRevisionList",
    "SimulatorModelRevisionWrite",
    "SimulatorModelRevisionWriteList",
    "SimulatorModelRevisionsFilter",
    "SimulatorModelUpdate",
    "SimulatorModelWrite",
    "SimulatorModelWriteList",
    "SimulatorModelsFilter",
    "SimulatorRoutine",
    "SimulatorRoutineList",
    "SimulatorRoutineRevision",
    "SimulatorRoutineRevisionList",
    "SimulatorRoutineRevisionWrite",
    "SimulatorRoutineRevisionWriteList",
    "SimulatorRoutineRevisionsFilter",
    "SimulatorRoutineWrite",
    "SimulatorRoutineWriteList",
    "SimulatorRoutinesFilter",
    "SimulatorRunsFilter",
]
