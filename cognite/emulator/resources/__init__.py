"""Every emulated resource and service, registered in one table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator


def build_services(emu: Emulator) -> dict[str, Any]:
    """name -> service (a Resource or any object with routes(), reset(), dump(), load())."""
    from cognite.emulator.dms.core_mirror import CoreMirror
    from cognite.emulator.dms.graphql_service import GraphQLService as DmsGraphQL
    from cognite.emulator.dms.instances import Instances
    from cognite.emulator.dms.schema import Schema as DmsSchema
    from cognite.emulator.dms.streams import Streams
    from cognite.emulator.resources import agents, hosted_extractors, limits, postgres_gateway  # task A
    from cognite.emulator.resources.assets import Assets
    from cognite.emulator.resources.datasets import DataSets
    from cognite.emulator.resources.documents import Documents  # task E
    from cognite.emulator.resources.entity_matching import EntityMatching
    from cognite.emulator.resources.events import Events
    from cognite.emulator.resources.extpipes import ExtractionPipelines
    from cognite.emulator.resources.files import Files
    from cognite.emulator.resources.functions import Functions, FunctionSchedules
    from cognite.emulator.resources.iam import Groups, SecurityCategories, Sessions

    # issue 14, task B
    from cognite.emulator.resources.integrations import Integrations
    from cognite.emulator.resources.labels import Labels
    from cognite.emulator.resources.raw import Raw
    from cognite.emulator.resources.relationships import Relationships
    from cognite.emulator.resources.sequences import Sequences
    from cognite.emulator.resources.simulators import (
        SimulationRuns,
        SimulatorIntegrations,
        SimulatorLogs,
        SimulatorModelRevisions,
        SimulatorModels,
        SimulatorRoutineRevisions,
        SimulatorRoutines,
        Simulators,
    )
    from cognite.emulator.resources.subscriptions import DatapointSubscriptions
    from cognite.emulator.resources.threed import ThreeDFiles, ThreeDModels, ThreeDRevisions
    from cognite.emulator.resources.threed_nodes import NodeTrees, ThreeDAssetMappings
    from cognite.emulator.resources.timeseries import TimeSeries
    from cognite.emulator.resources.transformations import (  # task E
        ExternalDataSources,
        TransformationNotifications,
        Transformations,
        TransformationSchedules,
    )
    from cognite.emulator.resources.units import Units
    from cognite.emulator.resources.user_profiles import UserProfiles
    from cognite.emulator.resources.workflow_executions import WorkflowExecutions
    from cognite.emulator.resources.workflow_triggers import WorkflowTriggers
    from cognite.emulator.resources.workflows import Workflows, WorkflowVersions

    classes: list[Any] = [
        Assets,
        TimeSeries,
        Events,
        DataSets,
        Labels,
        Relationships,
        Sequences,
        Files,
        ExtractionPipelines,
        Raw,
        Groups,
        SecurityCategories,
        Sessions,
        ThreeDModels,
        ThreeDRevisions,
        NodeTrees,
        ThreeDAssetMappings,
        ThreeDFiles,
        EntityMatching,
        DmsSchema,
        Instances,
        DmsGraphQL,
        Streams,
        CoreMirror,
        Units,  # task F
        # issue 14, task B (logs first: the others make logs)
        SimulatorLogs,
        Simulators,
        SimulatorIntegrations,
        SimulatorModels,
        SimulatorModelRevisions,
        SimulatorRoutines,
        SimulatorRoutineRevisions,
        SimulationRuns,
        Integrations,
        UserProfiles,
        *(hosted_extractors.Sources, hosted_extractors.Destinations, hosted_extractors.Mappings),  # task A
        *(hosted_extractors.Jobs, postgres_gateway.Users, postgres_gateway.Tables, agents.Agents),
        *(limits.Limits, limits.Metering),
        DatapointSubscriptions,  # task C
        WorkflowTriggers,  # task C: its static routes before the workflows' /workflows/{workflowExternalId}
        WorkflowExecutions,
        WorkflowVersions,
        Workflows,
        Functions,  # task D
        FunctionSchedules,  # task D
        Transformations,  # task E
        TransformationSchedules,
        TransformationNotifications,
        ExternalDataSources,
        Documents,
    ]
    services = [cls(emu) for cls in classes]
    return {s.name: s for s in services}
