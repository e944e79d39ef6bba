"""Simulator models, their revisions (a model file each) and the revisions' extracted data."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import CogniteObject, CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    SimulatorFlowsheetFields,
    SimulatorFlowsheetGraphicalObjectFields,
    SimulatorFlowsheetObjectEdgeFields,
    SimulatorFlowsheetObjectNodeFields,
    SimulatorFlowsheetPositionFields,
    SimulatorFlowsheetPropertyFields,
    SimulatorFlowsheetThermodynamicFields,
    SimulatorModelDependencyFileIdFields,
    SimulatorModelFields,
    SimulatorModelRevisionDataFields,
    SimulatorModelRevisionDependencyFields,
    SimulatorModelRevisionFields,
    SimulatorModelRevisionWriteFields,
    SimulatorModelUpdateFields,
    SimulatorModelWriteFields,
)
from cognite.client.data_classes._navigation import client_of, run_sync


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

    async def get_data_async(self) -> SimulatorModelRevisionDataList:
        return await client_of(self).simulators.models.revisions.retrieve_data(self.external_id)  # type: ignore[no-any-return]

    def get_data(self) -> SimulatorModelRevisionDataList:
        """What the connector extracted from this revision's model file.

        Example:
            >>> data = client.simulators.models.revisions.retrieve(ids=1).get_data()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.get_data_async())


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


class SimulatorModelDependencyFileReference(CogniteObject):
    """A file a model revision depends on; loading one gives the class of the reference (by ``id``)."""

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Any:
        if cls is SimulatorModelDependencyFileReference:
            return SimulatorModelDependencyFileId._load(resource, cognite_client)
        return super()._load(resource, cognite_client)


class SimulatorModelDependencyFileId(SimulatorModelDependencyFileIdFields, SimulatorModelDependencyFileReference):
    """A file dependency by file id."""


class SimulatorModelRevisionDependency(SimulatorModelRevisionDependencyFields):
    """A file a model revision needs, with the arguments the connector passes on.

    Example:
        >>> from cognite.client.data_classes.simulators import (
        ...     SimulatorModelDependencyFileId, SimulatorModelRevisionDependency)
        >>> SimulatorModelRevisionDependency(SimulatorModelDependencyFileId(123), {"fieldA": "a"}).dump()
        {'file': {'id': 123}, 'arguments': {'fieldA': 'a'}}
    """


class SimulatorFlowsheetPosition(SimulatorFlowsheetPositionFields):
    """Where a flowsheet object is drawn (x, y)."""


class SimulatorFlowsheetGraphicalObject(SimulatorFlowsheetGraphicalObjectFields):
    """How a flowsheet object is drawn."""


class SimulatorFlowsheetProperty(SimulatorFlowsheetPropertyFields):
    """A property of a flowsheet object (its value, type, unit)."""


class SimulatorFlowsheetObjectNode(SimulatorFlowsheetObjectNodeFields):
    """An object (unit operation, stream) of a flowsheet."""


class SimulatorFlowsheetObjectEdge(SimulatorFlowsheetObjectEdgeFields):
    """A connection between two flowsheet objects."""


class SimulatorFlowsheetThermodynamic(SimulatorFlowsheetThermodynamicFields):
    """The property packages and components of a flowsheet."""


class SimulatorFlowsheet(SimulatorFlowsheetFields):
    """A flowsheet extracted from a model revision's file: objects, connections, thermodynamics."""
