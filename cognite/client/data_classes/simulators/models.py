"""Simulator models, their revisions (a model file each) and the revisions' extracted data."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    SimulatorModelFields,
    SimulatorModelRevisionDataFields,
    SimulatorModelRevisionFields,
    SimulatorModelRevisionWriteFields,
    SimulatorModelUpdateFields,
    SimulatorModelWriteFields,
)


class SimulatorModelWrite(SimulatorModelWriteFields):
    """A simulator model to create.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorModelWrite
        >>> SimulatorModelWrite("m1", "DWSIM", 1, "Model 1", "SteadyState").dump()["simulatorExternalId"]
        'DWSIM'
    """


class SimulatorModel(SimulatorModelFields):
    """A simulator model.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorModel
        >>> SimulatorModel(external_id="m1", name="Model 1").as_write().dump()
        {'externalId': 'm1', 'name': 'Model 1'}
    """


class SimulatorModelWriteList(CogniteResourceList[SimulatorModelWrite]):
    _RESOURCE = SimulatorModelWrite


class SimulatorModelList(WriteableCogniteResourceList[SimulatorModel, SimulatorModelWriteList]):
    _RESOURCE = SimulatorModel


class SimulatorModelUpdate(SimulatorModelUpdateFields):
    """Changes to a simulator model (name, description).

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorModelUpdate
        >>> SimulatorModelUpdate(id=1).name.set("New name").dump()
        {'id': 1, 'update': {'name': {'set': 'New name'}}}
    """


class SimulatorModelRevisionWrite(SimulatorModelRevisionWriteFields):
    """A model revision to create: a model file (``file_id``) for a model.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorModelRevisionWrite
        >>> SimulatorModelRevisionWrite("rev1", "m1", 123).dump()
        {'externalId': 'rev1', 'modelExternalId': 'm1', 'fileId': 123}
    """


class SimulatorModelRevision(SimulatorModelRevisionFields):
    """A revision of a simulator model (numbered per model, with its validation status).

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorModelRevision
        >>> SimulatorModelRevision(external_id="rev1", model_external_id="m1", file_id=1).as_write().dump()
        {'externalId': 'rev1', 'modelExternalId': 'm1', 'fileId': 1}
    """


class SimulatorModelRevisionWriteList(CogniteResourceList[SimulatorModelRevisionWrite]):
    _RESOURCE = SimulatorModelRevisionWrite


class SimulatorModelRevisionList(WriteableCogniteResourceList[SimulatorModelRevision, SimulatorModelRevisionWriteList]):
    _RESOURCE = SimulatorModelRevision


class SimulatorModelRevisionData(SimulatorModelRevisionDataFields):
    """What the connector extracted from a model revision's file (flowsheets, info).

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorModelRevisionData
        >>> SimulatorModelRevisionData(model_revision_external_id="rev1").model_revision_external_id
        'rev1'
    """


class SimulatorModelRevisionDataList(CogniteResourceList[SimulatorModelRevisionData]):
    _RESOURCE = SimulatorModelRevisionData
