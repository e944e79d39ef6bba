"""Public data classes, importable as ``from cognite.client.data_classes import Asset, ...``.

Names are resolved lazily (PEP 562) from the module that defines them, so importing this package is cheap and
modules owned by other areas (``datapoints``) are only imported when one of their names is used.
"""

from __future__ import annotations

import importlib
from typing import Any

_MODULES = {
    "assets": (
        "AggregateResultItem",
        "Asset",
        "AssetFilter",
        "AssetHierarchy",
        "AssetList",
        "AssetUpdate",
        "AssetWrite",
    ),
    "labels": (
        "Label",
        "LabelDefinition",
        "LabelDefinitionFilter",
        "LabelDefinitionList",
        "LabelDefinitionWrite",
        "LabelFilter",
    ),
    "events": ("EndTimeFilter", "Event", "EventFilter", "EventList", "EventUpdate", "EventWrite"),
    "data_sets": ("DataSet", "DataSetFilter", "DataSetList", "DataSetUpdate", "DataSetWrite"),
    "time_series": ("TimeSeries", "TimeSeriesFilter", "TimeSeriesList", "TimeSeriesUpdate", "TimeSeriesWrite"),
    "files": (
        "FileMetadata",
        "FileMetadataFilter",
        "FileMetadataList",
        "FileMetadataUpdate",
        "FileMetadataWrite",
        "FileMultipartUploadSession",
    ),
    "sequences": (
        "Sequence",
        "SequenceColumn",
        "SequenceColumnWrite",
        "SequenceData",
        "SequenceDataList",
        "SequenceFilter",
        "SequenceList",
        "SequenceRows",
        "SequenceRowsList",
        "SequenceUpdate",
        "SequenceWrite",
    ),
    "raw": ("Database", "DatabaseList", "Row", "RowList", "RowWrite", "Table", "TableList"),
    "relationships": (
        "Relationship",
        "RelationshipFilter",
        "RelationshipList",
        "RelationshipUpdate",
        "RelationshipWrite",
    ),
    "three_d": (
        "BoundingBox3D",
        "RevisionCameraProperties",
        "ThreeDAssetMapping",
        "ThreeDAssetMappingList",
        "ThreeDModel",
        "ThreeDModelList",
        "ThreeDModelRevision",
        "ThreeDModelRevisionList",
        "ThreeDModelRevisionUpdate",
        "ThreeDModelUpdate",
        "ThreeDNode",
        "ThreeDNodeList",
        "ThreeDModelWrite",
        "ThreeDModelRevisionWrite",
        "ThreeDAssetMappingWrite",
    ),
    "iam": (
        "ClientCredentials",
        "CreatedSession",
        "Group",
        "GroupList",
        "SecurityCategory",
        "SecurityCategoryList",
        "Session",
        "SessionList",
        "TokenInspection",
        "GroupWrite",
        "SecurityCategoryWrite",
        "RevokedSession",
        "RevokedSessionList",
    ),
    "login": ("LoginStatus",),
    "extractionpipelines": (
        "ExtractionPipeline",
        "ExtractionPipelineConfig",
        "ExtractionPipelineConfigRevision",
        "ExtractionPipelineConfigRevisionList",
        "ExtractionPipelineFilter",
        "ExtractionPipelineList",
        "ExtractionPipelineRun",
        "ExtractionPipelineRunList",
        "ExtractionPipelineUpdate",
        "ExtractionPipelineWrite",
        "ExtractionPipelineRunWrite",
        "ExtractionPipelineConfigWrite",
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
    "shared": ("AggregateResult", "GeoLocation", "GeoLocationFilter", "Geometry", "GeometryFilter", "TimestampRange"),
    "_update": ("CogniteUpdate",),
    "_base": ("CogniteFilter", "CogniteResource", "CogniteResourceList", "CogniteResponse"),
}
# Datapoints data classes live in the datapoints area's modules; looked up there on demand.
_FOREIGN_MODULES = ("datapoints", "datapoints_subscriptions")

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
