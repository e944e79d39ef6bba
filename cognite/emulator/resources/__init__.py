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
    from cognite.emulator.resources.assets import Assets
    from cognite.emulator.resources.datasets import DataSets
    from cognite.emulator.resources.documents import Documents  # task E
    from cognite.emulator.resources.entity_matching import EntityMatching
    from cognite.emulator.resources.events import Events
    from cognite.emulator.resources.extpipes import ExtractionPipelines
    from cognite.emulator.resources.files import Files
    from cognite.emulator.resources.iam import Groups, SecurityCategories, Sessions
    from cognite.emulator.resources.labels import Labels
    from cognite.emulator.resources.raw import Raw
    from cognite.emulator.resources.relationships import Relationships
    from cognite.emulator.resources.sequences import Sequences
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
        Transformations,  # task E
        TransformationSchedules,
        TransformationNotifications,
        ExternalDataSources,
        Documents,
    ]
    services = [cls(emu) for cls in classes]
    return {s.name: s for s in services}
