"""Public data classes, importable as ``from cognite.client.data_classes import Asset, ...``.

Names are resolved lazily (PEP 562) from the module that defines them, so importing this package is cheap and
modules owned by other areas (``datapoints``) are only imported when one of their names is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES = {
    "assets": (
        "AggregateResultItem",
        "Asset",
        "AssetFilter",
        "AssetHierarchy",
        "AssetList",
        "AssetUpdate",
        "AssetWrite",
        "AssetWriteList",
    ),
    "labels": (
        "Label",
        "LabelDefinition",
        "LabelDefinitionFilter",
        "LabelDefinitionList",
        "LabelDefinitionWrite",
        "LabelDefinitionWriteList",
        "LabelFilter",
    ),
    "events": ("EndTimeFilter", "Event", "EventFilter", "EventList", "EventUpdate", "EventWrite", "EventWriteList"),
    "data_sets": ("DataSet", "DataSetFilter", "DataSetList", "DataSetUpdate", "DataSetWrite", "DataSetWriteList"),
    "time_series": (
        "TimeSeries",
        "TimeSeriesFilter",
        "TimeSeriesList",
        "TimeSeriesUpdate",
        "TimeSeriesWrite",
        "TimeSeriesWriteList",
    ),
    "files": (
        "FileMetadata",
        "FileMetadataFilter",
        "FileMetadataList",
        "FileMetadataUpdate",
        "FileMetadataWrite",
        "FileMetadataWriteList",
        "FileMultipartUploadSession",
    ),
    "sequences": (
        "Sequence",
        "SequenceColumn",
        "SequenceColumnList",
        "SequenceColumnWrite",
        "SequenceColumnWriteList",
        "SequenceData",
        "SequenceDataList",
        "SequenceFilter",
        "SequenceList",
        "SequenceRows",
        "SequenceRowsList",
        "SequenceUpdate",
        "SequenceWrite",
        "SequenceWriteList",
    ),
    "raw": ("Database", "DatabaseList", "Row", "RowList", "RowWrite", "RowWriteList", "Table", "TableList"),
    "functions": (
        "Function",
        "FunctionCall",
        "FunctionCallList",
        "FunctionCallLog",
        "FunctionCallLogEntry",
        "FunctionFilter",
        "FunctionList",
        "FunctionSchedule",
        "FunctionScheduleWrite",
        "FunctionScheduleWriteList",
        "FunctionSchedulesFilter",
        "FunctionSchedulesList",
        "FunctionWrite",
        "FunctionWriteList",
        "FunctionsLimits",
    ),
    "units": ("Unit", "UnitConversion", "UnitID", "UnitList", "UnitSystem", "UnitSystemList"),
    "relationships": (
        "Relationship",
        "RelationshipFilter",
        "RelationshipList",
        "RelationshipUpdate",
        "RelationshipWrite",
        "RelationshipWriteList",
    ),
    "three_d": (
        "BoundingBox3D",
        "RevisionCameraProperties",
        "ThreeDAssetMapping",
        "ThreeDAssetMappingList",
        "ThreeDAssetMappingWrite",
        "ThreeDAssetMappingWriteList",
        "ThreeDModel",
        "ThreeDModelList",
        "ThreeDModelRevision",
        "ThreeDModelRevisionList",
        "ThreeDModelRevisionUpdate",
        "ThreeDModelRevisionWrite",
        "ThreeDModelRevisionWriteList",
        "ThreeDModelUpdate",
        "ThreeDModelWrite",
        "ThreeDModelWriteList",
        "ThreeDNode",
        "ThreeDNodeList",
    ),
    "iam": (
        "ClientCredentials",
        "CreatedSession",
        "Group",
        "GroupList",
        "GroupWrite",
        "GroupWriteList",
        "SecurityCategory",
        "SecurityCategoryList",
        "SecurityCategoryWrite",
        "SecurityCategoryWriteList",
        "Session",
        "SessionList",
        "TokenInspection",
        "RevokedSession",
        "RevokedSessionList",
        "ProjectSpec",
    ),
    # the base class and the token's project capabilities, named by the typed fields of groups and token inspection
    "capabilities": ("Capability", "ProjectCapabilityList"),
    "login": ("LoginStatus",),
    "extractionpipelines": (
        "ExtractionPipeline",
        "ExtractionPipelineContact",
        "ExtractionPipelineNotificationConfiguration",
        "ExtractionPipelineConfig",
        "ExtractionPipelineConfigRevision",
        "ExtractionPipelineConfigRevisionList",
        "ExtractionPipelineConfigWrite",
        "ExtractionPipelineConfigWriteList",
        "ExtractionPipelineFilter",
        "ExtractionPipelineList",
        "ExtractionPipelineRun",
        "ExtractionPipelineRunList",
        "ExtractionPipelineRunWrite",
        "ExtractionPipelineRunWriteList",
        "ExtractionPipelineUpdate",
        "ExtractionPipelineWrite",
        "ExtractionPipelineWriteList",
    ),
    "contextualization": (
        "ContextualizationJob",
        "ContextualizationJobList",
        "EntityMatchingModel",
        "EntityMatchingModelList",
        "EntityMatchingModelUpdate",
        "EntityMatchingPredictionResult",
        "JobStatus",
    ),
    # transformations (issue 14, task E)
    "transformations": (
        "Transformation",
        "TransformationList",
        "TransformationPreviewResult",
        "TransformationUpdate",
        "TransformationWrite",
        "TransformationWriteList",
        "SessionDetails",
    ),
    "transformations.common": (
        "NonceCredentials",
        "OidcCredentials",
        "RawTable",
        "TransformationBlockedInfo",
        "TransformationDestination",
    ),
    "transformations.jobs": (
        "TransformationJob",
        "TransformationJobFilter",
        "TransformationJobList",
        "TransformationJobMetric",
        "TransformationJobMetricList",
        "TransformationJobStatus",
    ),
    "transformations.notifications": (
        "TransformationNotification",
        "TransformationNotificationList",
        "TransformationNotificationWrite",
        "TransformationNotificationWriteList",
    ),
    "transformations.schedules": (
        "TransformationSchedule",
        "TransformationScheduleList",
        "TransformationScheduleUpdate",
        "TransformationScheduleWrite",
        "TransformationScheduleWriteList",
    ),
    "transformations.schema": (
        "TransformationSchemaColumn",
        "TransformationSchemaColumnList",
    ),
    "documents": (
        "Document",
        "DocumentHighlight",
        "DocumentHighlightList",
        "DocumentList",
        "DocumentsGeoJsonGeometry",
        "SourceFile",
    ),
    "data_modeling.ids": ("NodeId",),
    "shared": ("AggregateResult", "GeoLocation", "GeoLocationFilter", "Geometry", "GeometryFilter", "TimestampRange"),
    "_update": ("CogniteUpdate",),
    "_base": (
        "CogniteFilter",
        "CogniteObject",
        "CogniteResource",
        "CogniteResourceList",
        "CogniteResponse",
        "WriteableCogniteResourceList",
    ),
    # issue 14, task B: nested classes of generated fields (their loaders look them up here)
    "integrations.integrations": ("Extractor", "IntegrationWrite", "Task"),
    "simulators.models": (
        "SimulatorFlowsheet",
        "SimulatorFlowsheetGraphicalObject",
        "SimulatorFlowsheetObjectEdge",
        "SimulatorFlowsheetObjectNode",
        "SimulatorFlowsheetPosition",
        "SimulatorFlowsheetProperty",
        "SimulatorFlowsheetThermodynamic",
        "SimulatorModelDependencyFileId",
        "SimulatorModelRevisionDependency",
        "SimulatorModelRevisionWrite",
        "SimulatorModelWrite",
    ),
    "simulators.routines": ("SimulatorRoutineWrite",),
    "simulators.routine_revisions": (
        "SimulationValueUnitInput",
        "SimulatorRoutineConfiguration",
        "SimulatorRoutineDataSampling",
        "SimulatorRoutineInput",
        "SimulatorRoutineLogicalCheck",
        "SimulatorRoutineOutput",
        "SimulatorRoutineRevisionWrite",
        "SimulatorRoutineSchedule",
        "SimulatorRoutineStage",
        "SimulatorRoutineSteadyStateDetection",
        "SimulatorRoutineStep",
        "SimulatorRoutineStepArguments",
    ),
    "data_modeling.statistics": ("CountLimit", "InstanceStatistics"),
    "principals": ("ServiceAccountCreator",),
    "simulators.simulators": (
        "SimulatorModelType",
        "SimulatorQuantity",
        "SimulatorStep",
        "SimulatorStepField",
        "SimulatorStepOption",
        "SimulatorUnitEntry",
    ),
    "simulators.logs": ("SimulatorLogData",),
    "simulators.runs": (
        "SimulationInput",
        "SimulationInputOverride",
        "SimulationOutput",
        "SimulationValueUnit",
        "SimulationValueUnitName",
    ),
    "user_profiles": ("UserProfile", "UserProfileList"),  # top-level in the official SDK too
}

if TYPE_CHECKING:  # the names above, for type checkers (``X as X``: explicit re-exports; a test keeps both equal)
    from cognite.client.data_classes._base import CogniteFilter as CogniteFilter
    from cognite.client.data_classes._base import CogniteObject as CogniteObject
    from cognite.client.data_classes._base import CogniteResource as CogniteResource
    from cognite.client.data_classes._base import CogniteResourceList as CogniteResourceList
    from cognite.client.data_classes._base import CogniteResponse as CogniteResponse
    from cognite.client.data_classes._base import WriteableCogniteResourceList as WriteableCogniteResourceList
    from cognite.client.data_classes._update import CogniteUpdate as CogniteUpdate
    from cognite.client.data_classes.assets import AggregateResultItem as AggregateResultItem
    from cognite.client.data_classes.assets import Asset as Asset
    from cognite.client.data_classes.assets import AssetFilter as AssetFilter
    from cognite.client.data_classes.assets import AssetHierarchy as AssetHierarchy
    from cognite.client.data_classes.assets import AssetList as AssetList
    from cognite.client.data_classes.assets import AssetUpdate as AssetUpdate
    from cognite.client.data_classes.assets import AssetWrite as AssetWrite
    from cognite.client.data_classes.assets import AssetWriteList as AssetWriteList
    from cognite.client.data_classes.capabilities import Capability as Capability
    from cognite.client.data_classes.capabilities import ProjectCapabilityList as ProjectCapabilityList
    from cognite.client.data_classes.contextualization import ContextualizationJob as ContextualizationJob
    from cognite.client.data_classes.contextualization import ContextualizationJobList as ContextualizationJobList
    from cognite.client.data_classes.contextualization import EntityMatchingModel as EntityMatchingModel
    from cognite.client.data_classes.contextualization import EntityMatchingModelList as EntityMatchingModelList
    from cognite.client.data_classes.contextualization import EntityMatchingModelUpdate as EntityMatchingModelUpdate
    from cognite.client.data_classes.contextualization import (
        EntityMatchingPredictionResult as EntityMatchingPredictionResult,
    )
    from cognite.client.data_classes.contextualization import JobStatus as JobStatus
    from cognite.client.data_classes.data_modeling.ids import NodeId as NodeId
    from cognite.client.data_classes.data_modeling.statistics import CountLimit as CountLimit
    from cognite.client.data_classes.data_modeling.statistics import InstanceStatistics as InstanceStatistics
    from cognite.client.data_classes.data_sets import DataSet as DataSet
    from cognite.client.data_classes.data_sets import DataSetFilter as DataSetFilter
    from cognite.client.data_classes.data_sets import DataSetList as DataSetList
    from cognite.client.data_classes.data_sets import DataSetUpdate as DataSetUpdate
    from cognite.client.data_classes.data_sets import DataSetWrite as DataSetWrite
    from cognite.client.data_classes.data_sets import DataSetWriteList as DataSetWriteList
    from cognite.client.data_classes.datapoints import Datapoint as Datapoint
    from cognite.client.data_classes.datapoints import Datapoints as Datapoints
    from cognite.client.data_classes.datapoints import DatapointsArray as DatapointsArray
    from cognite.client.data_classes.datapoints import DatapointsArrayList as DatapointsArrayList
    from cognite.client.data_classes.datapoints import DatapointsList as DatapointsList
    from cognite.client.data_classes.datapoints import DatapointsQuery as DatapointsQuery
    from cognite.client.data_classes.datapoints import LatestDatapointQuery as LatestDatapointQuery
    from cognite.client.data_classes.datapoints import StateDatapointsInsert as StateDatapointsInsert
    from cognite.client.data_classes.datapoints import StateDatapointWrite as StateDatapointWrite
    from cognite.client.data_classes.datapoints import StatusCode as StatusCode
    from cognite.client.data_classes.documents import Document as Document
    from cognite.client.data_classes.documents import DocumentHighlight as DocumentHighlight
    from cognite.client.data_classes.documents import DocumentHighlightList as DocumentHighlightList
    from cognite.client.data_classes.documents import DocumentList as DocumentList
    from cognite.client.data_classes.documents import DocumentsGeoJsonGeometry as DocumentsGeoJsonGeometry
    from cognite.client.data_classes.documents import SourceFile as SourceFile
    from cognite.client.data_classes.events import EndTimeFilter as EndTimeFilter
    from cognite.client.data_classes.events import Event as Event
    from cognite.client.data_classes.events import EventFilter as EventFilter
    from cognite.client.data_classes.events import EventList as EventList
    from cognite.client.data_classes.events import EventUpdate as EventUpdate
    from cognite.client.data_classes.events import EventWrite as EventWrite
    from cognite.client.data_classes.events import EventWriteList as EventWriteList
    from cognite.client.data_classes.extractionpipelines import ExtractionPipeline as ExtractionPipeline
    from cognite.client.data_classes.extractionpipelines import ExtractionPipelineConfig as ExtractionPipelineConfig
    from cognite.client.data_classes.extractionpipelines import (
        ExtractionPipelineConfigRevision as ExtractionPipelineConfigRevision,
    )
    from cognite.client.data_classes.extractionpipelines import (
        ExtractionPipelineConfigRevisionList as ExtractionPipelineConfigRevisionList,
    )
    from cognite.client.data_classes.extractionpipelines import (
        ExtractionPipelineConfigWrite as ExtractionPipelineConfigWrite,
    )
    from cognite.client.data_classes.extractionpipelines import (
        ExtractionPipelineConfigWriteList as ExtractionPipelineConfigWriteList,
    )
    from cognite.client.data_classes.extractionpipelines import (
        ExtractionPipelineContact as ExtractionPipelineContact,
    )
    from cognite.client.data_classes.extractionpipelines import ExtractionPipelineFilter as ExtractionPipelineFilter
    from cognite.client.data_classes.extractionpipelines import ExtractionPipelineList as ExtractionPipelineList
    from cognite.client.data_classes.extractionpipelines import (
        ExtractionPipelineNotificationConfiguration as ExtractionPipelineNotificationConfiguration,
    )
    from cognite.client.data_classes.extractionpipelines import ExtractionPipelineRun as ExtractionPipelineRun
    from cognite.client.data_classes.extractionpipelines import ExtractionPipelineRunList as ExtractionPipelineRunList
    from cognite.client.data_classes.extractionpipelines import ExtractionPipelineRunWrite as ExtractionPipelineRunWrite
    from cognite.client.data_classes.extractionpipelines import (
        ExtractionPipelineRunWriteList as ExtractionPipelineRunWriteList,
    )
    from cognite.client.data_classes.extractionpipelines import ExtractionPipelineUpdate as ExtractionPipelineUpdate
    from cognite.client.data_classes.extractionpipelines import ExtractionPipelineWrite as ExtractionPipelineWrite
    from cognite.client.data_classes.extractionpipelines import (
        ExtractionPipelineWriteList as ExtractionPipelineWriteList,
    )
    from cognite.client.data_classes.files import FileMetadata as FileMetadata
    from cognite.client.data_classes.files import FileMetadataFilter as FileMetadataFilter
    from cognite.client.data_classes.files import FileMetadataList as FileMetadataList
    from cognite.client.data_classes.files import FileMetadataUpdate as FileMetadataUpdate
    from cognite.client.data_classes.files import FileMetadataWrite as FileMetadataWrite
    from cognite.client.data_classes.files import FileMetadataWriteList as FileMetadataWriteList
    from cognite.client.data_classes.files import FileMultipartUploadSession as FileMultipartUploadSession
    from cognite.client.data_classes.functions import Function as Function
    from cognite.client.data_classes.functions import FunctionCall as FunctionCall
    from cognite.client.data_classes.functions import FunctionCallList as FunctionCallList
    from cognite.client.data_classes.functions import FunctionCallLog as FunctionCallLog
    from cognite.client.data_classes.functions import FunctionCallLogEntry as FunctionCallLogEntry
    from cognite.client.data_classes.functions import FunctionFilter as FunctionFilter
    from cognite.client.data_classes.functions import FunctionList as FunctionList
    from cognite.client.data_classes.functions import FunctionSchedule as FunctionSchedule
    from cognite.client.data_classes.functions import FunctionSchedulesFilter as FunctionSchedulesFilter
    from cognite.client.data_classes.functions import FunctionSchedulesList as FunctionSchedulesList
    from cognite.client.data_classes.functions import FunctionScheduleWrite as FunctionScheduleWrite
    from cognite.client.data_classes.functions import FunctionScheduleWriteList as FunctionScheduleWriteList
    from cognite.client.data_classes.functions import FunctionsLimits as FunctionsLimits
    from cognite.client.data_classes.functions import FunctionWrite as FunctionWrite
    from cognite.client.data_classes.functions import FunctionWriteList as FunctionWriteList
    from cognite.client.data_classes.iam import ClientCredentials as ClientCredentials
    from cognite.client.data_classes.iam import CreatedSession as CreatedSession
    from cognite.client.data_classes.iam import Group as Group
    from cognite.client.data_classes.iam import GroupList as GroupList
    from cognite.client.data_classes.iam import GroupWrite as GroupWrite
    from cognite.client.data_classes.iam import GroupWriteList as GroupWriteList
    from cognite.client.data_classes.iam import ProjectSpec as ProjectSpec
    from cognite.client.data_classes.iam import RevokedSession as RevokedSession
    from cognite.client.data_classes.iam import RevokedSessionList as RevokedSessionList
    from cognite.client.data_classes.iam import SecurityCategory as SecurityCategory
    from cognite.client.data_classes.iam import SecurityCategoryList as SecurityCategoryList
    from cognite.client.data_classes.iam import SecurityCategoryWrite as SecurityCategoryWrite
    from cognite.client.data_classes.iam import SecurityCategoryWriteList as SecurityCategoryWriteList
    from cognite.client.data_classes.iam import Session as Session
    from cognite.client.data_classes.iam import SessionList as SessionList
    from cognite.client.data_classes.iam import TokenInspection as TokenInspection
    from cognite.client.data_classes.integrations.integrations import Extractor as Extractor
    from cognite.client.data_classes.integrations.integrations import IntegrationWrite as IntegrationWrite
    from cognite.client.data_classes.integrations.integrations import Task as Task
    from cognite.client.data_classes.labels import Label as Label
    from cognite.client.data_classes.labels import LabelDefinition as LabelDefinition
    from cognite.client.data_classes.labels import LabelDefinitionFilter as LabelDefinitionFilter
    from cognite.client.data_classes.labels import LabelDefinitionList as LabelDefinitionList
    from cognite.client.data_classes.labels import LabelDefinitionWrite as LabelDefinitionWrite
    from cognite.client.data_classes.labels import LabelDefinitionWriteList as LabelDefinitionWriteList
    from cognite.client.data_classes.labels import LabelFilter as LabelFilter
    from cognite.client.data_classes.login import LoginStatus as LoginStatus
    from cognite.client.data_classes.principals import ServiceAccountCreator as ServiceAccountCreator
    from cognite.client.data_classes.raw import Database as Database
    from cognite.client.data_classes.raw import DatabaseList as DatabaseList
    from cognite.client.data_classes.raw import Row as Row
    from cognite.client.data_classes.raw import RowList as RowList
    from cognite.client.data_classes.raw import RowWrite as RowWrite
    from cognite.client.data_classes.raw import RowWriteList as RowWriteList
    from cognite.client.data_classes.raw import Table as Table
    from cognite.client.data_classes.raw import TableList as TableList
    from cognite.client.data_classes.relationships import Relationship as Relationship
    from cognite.client.data_classes.relationships import RelationshipFilter as RelationshipFilter
    from cognite.client.data_classes.relationships import RelationshipList as RelationshipList
    from cognite.client.data_classes.relationships import RelationshipUpdate as RelationshipUpdate
    from cognite.client.data_classes.relationships import RelationshipWrite as RelationshipWrite
    from cognite.client.data_classes.relationships import RelationshipWriteList as RelationshipWriteList
    from cognite.client.data_classes.sequences import Sequence as Sequence
    from cognite.client.data_classes.sequences import SequenceColumn as SequenceColumn
    from cognite.client.data_classes.sequences import SequenceColumnList as SequenceColumnList
    from cognite.client.data_classes.sequences import SequenceColumnWrite as SequenceColumnWrite
    from cognite.client.data_classes.sequences import SequenceColumnWriteList as SequenceColumnWriteList
    from cognite.client.data_classes.sequences import SequenceData as SequenceData
    from cognite.client.data_classes.sequences import SequenceDataList as SequenceDataList
    from cognite.client.data_classes.sequences import SequenceFilter as SequenceFilter
    from cognite.client.data_classes.sequences import SequenceList as SequenceList
    from cognite.client.data_classes.sequences import SequenceRows as SequenceRows
    from cognite.client.data_classes.sequences import SequenceRowsList as SequenceRowsList
    from cognite.client.data_classes.sequences import SequenceUpdate as SequenceUpdate
    from cognite.client.data_classes.sequences import SequenceWrite as SequenceWrite
    from cognite.client.data_classes.sequences import SequenceWriteList as SequenceWriteList
    from cognite.client.data_classes.shared import AggregateResult as AggregateResult
    from cognite.client.data_classes.shared import GeoLocation as GeoLocation
    from cognite.client.data_classes.shared import GeoLocationFilter as GeoLocationFilter
    from cognite.client.data_classes.shared import Geometry as Geometry
    from cognite.client.data_classes.shared import GeometryFilter as GeometryFilter
    from cognite.client.data_classes.shared import TimestampRange as TimestampRange
    from cognite.client.data_classes.simulators.logs import SimulatorLogData as SimulatorLogData
    from cognite.client.data_classes.simulators.models import SimulatorFlowsheet as SimulatorFlowsheet
    from cognite.client.data_classes.simulators.models import (
        SimulatorFlowsheetGraphicalObject as SimulatorFlowsheetGraphicalObject,
    )
    from cognite.client.data_classes.simulators.models import (
        SimulatorFlowsheetObjectEdge as SimulatorFlowsheetObjectEdge,
    )
    from cognite.client.data_classes.simulators.models import (
        SimulatorFlowsheetObjectNode as SimulatorFlowsheetObjectNode,
    )
    from cognite.client.data_classes.simulators.models import SimulatorFlowsheetPosition as SimulatorFlowsheetPosition
    from cognite.client.data_classes.simulators.models import SimulatorFlowsheetProperty as SimulatorFlowsheetProperty
    from cognite.client.data_classes.simulators.models import (
        SimulatorFlowsheetThermodynamic as SimulatorFlowsheetThermodynamic,
    )
    from cognite.client.data_classes.simulators.models import (
        SimulatorModelDependencyFileId as SimulatorModelDependencyFileId,
    )
    from cognite.client.data_classes.simulators.models import (
        SimulatorModelRevisionDependency as SimulatorModelRevisionDependency,
    )
    from cognite.client.data_classes.simulators.models import SimulatorModelRevisionWrite as SimulatorModelRevisionWrite
    from cognite.client.data_classes.simulators.models import SimulatorModelWrite as SimulatorModelWrite
    from cognite.client.data_classes.simulators.routine_revisions import (
        SimulationValueUnitInput as SimulationValueUnitInput,
    )
    from cognite.client.data_classes.simulators.routine_revisions import (
        SimulatorRoutineConfiguration as SimulatorRoutineConfiguration,
    )
    from cognite.client.data_classes.simulators.routine_revisions import (
        SimulatorRoutineDataSampling as SimulatorRoutineDataSampling,
    )
    from cognite.client.data_classes.simulators.routine_revisions import SimulatorRoutineInput as SimulatorRoutineInput
    from cognite.client.data_classes.simulators.routine_revisions import (
        SimulatorRoutineLogicalCheck as SimulatorRoutineLogicalCheck,
    )
    from cognite.client.data_classes.simulators.routine_revisions import (
        SimulatorRoutineOutput as SimulatorRoutineOutput,
    )
    from cognite.client.data_classes.simulators.routine_revisions import (
        SimulatorRoutineRevisionWrite as SimulatorRoutineRevisionWrite,
    )
    from cognite.client.data_classes.simulators.routine_revisions import (
        SimulatorRoutineSchedule as SimulatorRoutineSchedule,
    )
    from cognite.client.data_classes.simulators.routine_revisions import SimulatorRoutineStage as SimulatorRoutineStage
    from cognite.client.data_classes.simulators.routine_revisions import (
        SimulatorRoutineSteadyStateDetection as SimulatorRoutineSteadyStateDetection,
    )
    from cognite.client.data_classes.simulators.routine_revisions import SimulatorRoutineStep as SimulatorRoutineStep
    from cognite.client.data_classes.simulators.routine_revisions import (
        SimulatorRoutineStepArguments as SimulatorRoutineStepArguments,
    )
    from cognite.client.data_classes.simulators.routines import SimulatorRoutineWrite as SimulatorRoutineWrite
    from cognite.client.data_classes.simulators.runs import SimulationInput as SimulationInput
    from cognite.client.data_classes.simulators.runs import SimulationInputOverride as SimulationInputOverride
    from cognite.client.data_classes.simulators.runs import SimulationOutput as SimulationOutput
    from cognite.client.data_classes.simulators.runs import SimulationValueUnit as SimulationValueUnit
    from cognite.client.data_classes.simulators.runs import SimulationValueUnitName as SimulationValueUnitName

    # issue 14, task B
    from cognite.client.data_classes.simulators.simulators import SimulatorModelType as SimulatorModelType
    from cognite.client.data_classes.simulators.simulators import SimulatorQuantity as SimulatorQuantity
    from cognite.client.data_classes.simulators.simulators import SimulatorStep as SimulatorStep
    from cognite.client.data_classes.simulators.simulators import SimulatorStepField as SimulatorStepField
    from cognite.client.data_classes.simulators.simulators import SimulatorStepOption as SimulatorStepOption
    from cognite.client.data_classes.simulators.simulators import SimulatorUnitEntry as SimulatorUnitEntry
    from cognite.client.data_classes.three_d import BoundingBox3D as BoundingBox3D
    from cognite.client.data_classes.three_d import RevisionCameraProperties as RevisionCameraProperties
    from cognite.client.data_classes.three_d import ThreeDAssetMapping as ThreeDAssetMapping
    from cognite.client.data_classes.three_d import ThreeDAssetMappingList as ThreeDAssetMappingList
    from cognite.client.data_classes.three_d import ThreeDAssetMappingWrite as ThreeDAssetMappingWrite
    from cognite.client.data_classes.three_d import ThreeDAssetMappingWriteList as ThreeDAssetMappingWriteList
    from cognite.client.data_classes.three_d import ThreeDModel as ThreeDModel
    from cognite.client.data_classes.three_d import ThreeDModelList as ThreeDModelList
    from cognite.client.data_classes.three_d import ThreeDModelRevision as ThreeDModelRevision
    from cognite.client.data_classes.three_d import ThreeDModelRevisionList as ThreeDModelRevisionList
    from cognite.client.data_classes.three_d import ThreeDModelRevisionUpdate as ThreeDModelRevisionUpdate
    from cognite.client.data_classes.three_d import ThreeDModelRevisionWrite as ThreeDModelRevisionWrite
    from cognite.client.data_classes.three_d import ThreeDModelRevisionWriteList as ThreeDModelRevisionWriteList
    from cognite.client.data_classes.three_d import ThreeDModelUpdate as ThreeDModelUpdate
    from cognite.client.data_classes.three_d import ThreeDModelWrite as ThreeDModelWrite
    from cognite.client.data_classes.three_d import ThreeDModelWriteList as ThreeDModelWriteList
    from cognite.client.data_classes.three_d import ThreeDNode as ThreeDNode
    from cognite.client.data_classes.three_d import ThreeDNodeList as ThreeDNodeList
    from cognite.client.data_classes.time_series import TimeSeries as TimeSeries
    from cognite.client.data_classes.time_series import TimeSeriesFilter as TimeSeriesFilter
    from cognite.client.data_classes.time_series import TimeSeriesList as TimeSeriesList
    from cognite.client.data_classes.time_series import TimeSeriesUpdate as TimeSeriesUpdate
    from cognite.client.data_classes.time_series import TimeSeriesWrite as TimeSeriesWrite
    from cognite.client.data_classes.time_series import TimeSeriesWriteList as TimeSeriesWriteList
    from cognite.client.data_classes.transformations import SessionDetails as SessionDetails
    from cognite.client.data_classes.transformations import Transformation as Transformation
    from cognite.client.data_classes.transformations import TransformationList as TransformationList
    from cognite.client.data_classes.transformations import TransformationPreviewResult as TransformationPreviewResult
    from cognite.client.data_classes.transformations import TransformationUpdate as TransformationUpdate
    from cognite.client.data_classes.transformations import TransformationWrite as TransformationWrite
    from cognite.client.data_classes.transformations import TransformationWriteList as TransformationWriteList
    from cognite.client.data_classes.transformations.common import NonceCredentials as NonceCredentials
    from cognite.client.data_classes.transformations.common import OidcCredentials as OidcCredentials
    from cognite.client.data_classes.transformations.common import RawTable as RawTable
    from cognite.client.data_classes.transformations.common import (
        TransformationBlockedInfo as TransformationBlockedInfo,
    )
    from cognite.client.data_classes.transformations.common import (
        TransformationDestination as TransformationDestination,
    )
    from cognite.client.data_classes.transformations.jobs import TransformationJob as TransformationJob
    from cognite.client.data_classes.transformations.jobs import TransformationJobFilter as TransformationJobFilter
    from cognite.client.data_classes.transformations.jobs import TransformationJobList as TransformationJobList
    from cognite.client.data_classes.transformations.jobs import TransformationJobMetric as TransformationJobMetric
    from cognite.client.data_classes.transformations.jobs import (
        TransformationJobMetricList as TransformationJobMetricList,
    )
    from cognite.client.data_classes.transformations.jobs import TransformationJobStatus as TransformationJobStatus
    from cognite.client.data_classes.transformations.notifications import (
        TransformationNotification as TransformationNotification,
    )
    from cognite.client.data_classes.transformations.notifications import (
        TransformationNotificationList as TransformationNotificationList,
    )
    from cognite.client.data_classes.transformations.notifications import (
        TransformationNotificationWrite as TransformationNotificationWrite,
    )
    from cognite.client.data_classes.transformations.notifications import (
        TransformationNotificationWriteList as TransformationNotificationWriteList,
    )
    from cognite.client.data_classes.transformations.schedules import TransformationSchedule as TransformationSchedule
    from cognite.client.data_classes.transformations.schedules import (
        TransformationScheduleList as TransformationScheduleList,
    )
    from cognite.client.data_classes.transformations.schedules import (
        TransformationScheduleUpdate as TransformationScheduleUpdate,
    )
    from cognite.client.data_classes.transformations.schedules import (
        TransformationScheduleWrite as TransformationScheduleWrite,
    )
    from cognite.client.data_classes.transformations.schedules import (
        TransformationScheduleWriteList as TransformationScheduleWriteList,
    )
    from cognite.client.data_classes.transformations.schema import (
        TransformationSchemaColumn as TransformationSchemaColumn,
    )
    from cognite.client.data_classes.transformations.schema import (
        TransformationSchemaColumnList as TransformationSchemaColumnList,
    )
    from cognite.client.data_classes.units import Unit as Unit
    from cognite.client.data_classes.units import UnitConversion as UnitConversion
    from cognite.client.data_classes.units import UnitID as UnitID
    from cognite.client.data_classes.units import UnitList as UnitList
    from cognite.client.data_classes.units import UnitSystem as UnitSystem
    from cognite.client.data_classes.units import UnitSystemList as UnitSystemList
    from cognite.client.data_classes.user_profiles import UserProfile as UserProfile
    from cognite.client.data_classes.user_profiles import UserProfileList as UserProfileList

# Datapoints data classes live in the datapoints area's modules; looked up there on demand.
_FOREIGN_MODULES = ("datapoints", "datapoints_subscriptions", "workflows")

# Data classes of APIs CDF has removed: importing one raises an error naming the successor.
_REMOVED = {
    **dict.fromkeys(
        (
            "TemplateGroup",
            "TemplateGroupList",
            "TemplateGroupVersion",
            "TemplateInstance",
            "TemplateInstanceList",
            "TemplateInstanceUpdate",
            "View",
            "ViewResolver",
            "ConstantResolver",
            "RawResolver",
            "SyntheticTimeSeriesResolver",
            "Source",
            "GraphQlResponse",
        ),
        "templates",
    ),
    **dict.fromkeys(("ServiceAccount", "ServiceAccountList"), "service_accounts"),
    **dict.fromkeys(("APIKey", "APIKeyList"), "api_keys"),
}

_WHERE = {name: module for module, names in _MODULES.items() for name in names}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name in _REMOVED:
        from cognite.client._api.removed import removed

        removed(_REMOVED[name])
    module = _WHERE.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value
    for foreign in _FOREIGN_MODULES:
        try:
            mod = importlib.import_module(f"{__name__}.{foreign}")
        except ImportError:
            continue
        if hasattr(mod, name):
            value = getattr(mod, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
