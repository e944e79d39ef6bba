"""The data-class table: the only hand-written input of `python -m openapi.data_classes`.

Per ergonomic class: the generated model(s) it mirrors, the official SDK's parameter order, and the annotations where
the official SDK names an ergonomic class (``labels: list[Label]``). Everything else (names, base types, required-ness,
``Literal`` enums, patch kinds) is read from the generated models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_TR = "dict[str, Any] | TimestampRange"  # official filters take a dict or a TimestampRange for time ranges


@dataclass(frozen=True)
class DataClass:
    name: str  # the hand-written class that inherits the generated ``<name>Fields``
    read: str | None = None  # generated read model ("Model.member" names the model typing that member)
    write: str | None = None  # generated write model: its required fields are checked before a create
    more: tuple[str, ...] = ()  # further models whose fields the class also has (oneOf variants)
    order: tuple[str, ...] = ()  # the official SDK's positional order; other fields follow, keyword-only
    types: dict[str, str] = field(default_factory=dict)  # annotation where the official SDK uses an ergonomic class
    init_types: dict[str, str] = field(default_factory=dict)  # wider constructor annotation (accepted inputs)
    extra: dict[str, str] = field(default_factory=dict)  # SDK-side fields the spec lacks: name -> attribute annotation
    renames: dict[str, str] = field(default_factory=dict)  # spec name -> the official SDK's attribute name
    aliases: dict[str, str] = field(default_factory=dict)  # older keyword (keyword-only) -> the field it sets
    required: tuple[str, ...] = ()  # fields the official SDK types as always present though the spec has them optional
    base: str = "CogniteResource"  # CogniteObject / CogniteResource / CogniteFilter / CogniteResponse
    write_class: str | None = None  # ``as_write()`` returns this class


@dataclass(frozen=True)
class UpdateClass:
    name: str
    patch: str  # generated patch model (``AssetPatch``): its ``update`` member lists the updatable fields
    identifiers: tuple[str, ...] = ("id", "external_id")
    extra_kinds: dict[str, str] = field(default_factory=dict)  # patch shapes the generic kinds do not cover


def _o(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# instance ids load as NodeId (what the official read classes hold); constructors take the wire dict too
_NODE_ID_IN = "NodeId | dict[str, Any] | None"
_EXTPIPE_TYPES = {
    "contacts": "list[ExtractionPipelineContact]",
    "notification_config": "ExtractionPipelineNotificationConfiguration",
}
_EXTPIPE_INIT_TYPES = {
    "contacts": "Sequence[ExtractionPipelineContact | dict[str, Any]] | None",
    "notification_config": "ExtractionPipelineNotificationConfiguration | dict[str, Any] | None",
}
# transformations: nested values the official SDK loads as its own classes
_TRANSFORMATION_TYPES = {
    "destination": "TransformationDestination",
    "source_oidc_credentials": "OidcCredentials",
    "destination_oidc_credentials": "OidcCredentials",
    "source_nonce": "NonceCredentials",
    "destination_nonce": "NonceCredentials",
}
# what the official SDK types as a plain string where the spec has an enum (a reply may hold values added later)
_OPEN_ENUM = "str"
_LABELS_IN = "list[Label | str | LabelDefinitionWrite | dict[str, Any]] | None"
# ACL objects (cognite.client.data_classes.capabilities), or their wire dicts; one capability alone is accepted too
_CAPABILITIES_IN = "Sequence[Capability | dict[str, Any]] | Capability | None"

DATA_CLASSES: tuple[DataClass, ...] = (
    # -- shared value objects
    DataClass("TimestampRange", read="EpochTimestampRange", base="CogniteObject", order=_o("max min")),
    DataClass(
        "EndTimeFilter",
        read="EpochTimestampRange",
        base="CogniteObject",
        order=_o("max min is_null"),
        extra={"is_null": "bool | None"},
    ),
    DataClass("Label", read="Label", base="CogniteObject", order=_o("external_id")),
    DataClass(  # SDK-side shape: the wire's label references are built by LabelFilter.dump
        "LabelFilter",
        base="CogniteObject",
        extra={"contains_any": "list[str] | None", "contains_all": "list[str] | None"},
        init_types={"contains_any": "list[str | Label] | None", "contains_all": "list[str | Label] | None"},
    ),
    DataClass(
        "GeoLocation",
        read="GeoLocation",
        base="CogniteObject",
        types={"geometry": "Geometry"},
        init_types={"geometry": "Geometry | dict[str, Any] | None"},
    ),
    DataClass(
        "Geometry",
        base="CogniteObject",
        extra={
            "type": "Literal['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']",
            "coordinates": "list[Any]",
            "geometries": "list[Geometry] | None",
        },
    ),
    DataClass(
        "GeoLocationFilter",
        read="GeoLocationFilter",
        base="CogniteObject",
        types={"shape": "GeometryFilter", "relation": _OPEN_ENUM},
        init_types={"shape": "GeometryFilter | dict[str, Any] | None"},
    ),
    DataClass(
        "GeometryFilter",
        base="CogniteObject",
        extra={
            "type": "Literal['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']",
            "coordinates": "list[Any]",
        },
    ),
    DataClass(
        "AggregateResultItem", read="AggregateResultItem", base="CogniteObject", order=_o("child_count depth path")
    ),
    # -- assets
    DataClass(
        "AssetWrite",
        write="DataExternalAssetItem",
        order=_o(
            "name external_id parent_id parent_external_id description data_set_id metadata source labels geo_location"
        ),
        types={"labels": "list[Label]", "geo_location": "GeoLocation"},
        init_types={"labels": _LABELS_IN},
    ),
    DataClass(
        "Asset",
        read="Asset",
        write="DataExternalAssetItem",
        write_class="AssetWrite",
        order=_o(
            "id created_time last_updated_time root_id name external_id parent_id parent_external_id "
            "description data_set_id metadata source labels geo_location aggregates"
        ),
        types={"labels": "list[Label]", "geo_location": "GeoLocation", "aggregates": "AggregateResultItem"},
        init_types={"labels": _LABELS_IN, "aggregates": "AggregateResultItem | dict[str, Any] | None"},
    ),
    DataClass(
        "AssetFilter",
        read="AssetFilter.filter",
        base="CogniteFilter",
        order=_o(
            "name parent_ids parent_external_ids asset_subtree_ids data_set_ids metadata source "
            "created_time last_updated_time root external_id_prefix labels geo_location"
        ),
        types={
            "created_time": _TR,
            "last_updated_time": _TR,
            "labels": "LabelFilter",
            "geo_location": "GeoLocationFilter",
        },
    ),
    # -- events
    DataClass("EventWrite", write="ExternalEvent"),
    DataClass("Event", read="Event", write="ExternalEvent", write_class="EventWrite"),
    DataClass(
        "EventFilter",
        read="EventFilter",
        base="CogniteFilter",
        types={
            "start_time": _TR,
            "end_time": "dict[str, Any] | EndTimeFilter",
            "active_at_time": _TR,
            "created_time": _TR,
            "last_updated_time": _TR,
        },
    ),
    # -- time series
    DataClass(
        "TimeSeriesWrite",
        write="PostTimeSeriesMetadataDTO",
        order=_o(
            "external_id name is_string metadata unit unit_external_id asset_id is_step description "
            "security_categories data_set_id"
        ),
    ),
    DataClass(
        "TimeSeries",
        read="GetTimeSeriesMetadataDTO",
        write="PostTimeSeriesMetadataDTO",
        write_class="TimeSeriesWrite",
        order=_o(
            "id created_time last_updated_time is_step is_string external_id instance_id name metadata "
            "unit unit_external_id asset_id description security_categories data_set_id"
        ),
        types={"instance_id": "NodeId"},
        init_types={"instance_id": _NODE_ID_IN},
    ),
    DataClass(
        "TimeSeriesFilter",
        read="TimeSeriesListDTO.filter",
        base="CogniteFilter",
        order=_o(
            "name unit unit_external_id unit_quantity is_string is_step metadata asset_ids "
            "asset_external_ids asset_subtree_ids data_set_ids external_id_prefix created_time "
            "last_updated_time"
        ),
        types={"created_time": _TR, "last_updated_time": _TR},
    ),
    # -- data sets
    DataClass("DataSetWrite", write="DataSetSpec"),
    DataClass(
        "DataSet",
        read="DataSet",
        write="DataSetSpec",
        write_class="DataSetWrite",
        order=_o("id created_time last_updated_time write_protected external_id name description metadata"),
    ),
    DataClass(
        "DataSetFilter",
        read="DataSetFilter",
        base="CogniteFilter",
        types={"created_time": _TR, "last_updated_time": _TR},
    ),
    # -- labels
    DataClass("LabelDefinitionWrite", write="ExternalLabelDefinition"),
    DataClass(
        "LabelDefinition", read="LabelDefinition", write="ExternalLabelDefinition", write_class="LabelDefinitionWrite"
    ),
    DataClass("LabelDefinitionFilter", read="LabelDefinitionFilter.filter", base="CogniteFilter"),
    # -- files
    DataClass(
        "FileMetadataWrite",
        write="ExternalFilesMetadata",
        order=_o(
            "name external_id source mime_type metadata directory asset_ids data_set_id labels "
            "geo_location source_created_time source_modified_time security_categories"
        ),
        types={"labels": "list[Label]", "geo_location": "GeoLocation"},
        init_types={"labels": _LABELS_IN},
    ),
    DataClass(
        "FileMetadata",
        read="FilesMetadata",
        write="ExternalFilesMetadata",
        write_class="FileMetadataWrite",
        order=_o(
            "id uploaded created_time last_updated_time name uploaded_time external_id instance_id source "
            "mime_type metadata directory asset_ids data_set_id labels geo_location source_created_time "
            "source_modified_time security_categories"
        ),
        types={"labels": "list[Label]", "geo_location": "GeoLocation", "instance_id": "NodeId"},
        init_types={"labels": _LABELS_IN, "instance_id": _NODE_ID_IN},
    ),
    DataClass(
        "FileMetadataFilter",
        read="FileFilter.filter",
        base="CogniteFilter",
        order=_o(
            "name mime_type metadata asset_ids asset_external_ids data_set_ids labels geo_location "
            "asset_subtree_ids source created_time last_updated_time uploaded_time source_created_time "
            "source_modified_time external_id_prefix directory_prefix uploaded"
        ),
        types={
            "labels": "LabelFilter",
            "geo_location": "GeoLocationFilter",
            "created_time": _TR,
            "last_updated_time": _TR,
            "uploaded_time": _TR,
            "source_created_time": _TR,
            "source_modified_time": _TR,
        },
    ),
    # -- sequences
    DataClass(
        "SequenceColumnWrite",
        write="PostSequenceColumnDTO",
        order=_o("external_id name description value_type metadata"),
        types={"metadata": "dict[str, Any]"},
    ),
    DataClass(
        "SequenceColumn",
        read="GetSequenceColumnDTO",
        write="PostSequenceColumnDTO",
        write_class="SequenceColumnWrite",
        order=_o("external_id value_type created_time last_updated_time name description metadata"),
        required=("external_id",),
        types={"metadata": "dict[str, Any]"},
    ),
    DataClass(
        "SequenceWrite",
        write="PostSequenceDTO",
        order=_o("columns name description asset_id external_id metadata data_set_id"),
        types={"metadata": "dict[str, Any]", "columns": "list[SequenceColumnWrite]"},
        init_types={"columns": "Sequence[SequenceColumnWrite] | Sequence[dict[str, Any]] | None"},
    ),
    DataClass(
        "Sequence",
        read="GetSequenceDTO",
        write="PostSequenceDTO",
        write_class="SequenceWrite",
        order=_o(
            "id created_time last_updated_time columns name description asset_id external_id metadata data_set_id"
        ),
        types={"metadata": "dict[str, Any]", "columns": "list[SequenceColumn]"},
        init_types={"columns": "Sequence[SequenceColumn] | Sequence[dict[str, Any]] | None"},
    ),
    DataClass(
        "SequenceFilter",
        read="SequenceFilter",
        base="CogniteFilter",
        order=_o(
            "name external_id_prefix metadata asset_ids asset_subtree_ids created_time last_updated_time data_set_ids"
        ),
        types={"created_time": _TR, "last_updated_time": _TR},
    ),
    # -- relationships
    DataClass(
        "RelationshipWrite",
        write="Relationship",
        order=_o(
            "external_id source_external_id source_type target_external_id target_type start_time "
            "end_time confidence data_set_id labels"
        ),
        types={"labels": "list[Label]"},
        init_types={"labels": _LABELS_IN},
    ),
    DataClass(
        "Relationship",
        read="RelationshipResponse",
        write="Relationship",
        write_class="RelationshipWrite",
        order=_o(
            "external_id created_time last_updated_time source_external_id source_type target_external_id "
            "target_type source target start_time end_time confidence data_set_id labels"
        ),
        types={"labels": "list[Label]", "source_type": _OPEN_ENUM, "target_type": _OPEN_ENUM},
        init_types={"labels": _LABELS_IN},
        extra={"source": "Any", "target": "Any"},
    ),
    DataClass(
        "RelationshipFilter",
        read="RelationshipsAdvancedListRequest.filter",
        base="CogniteFilter",
        types={
            "labels": "LabelFilter",
            "source_types": "Sequence[str]",
            "target_types": "Sequence[str]",
            **dict.fromkeys(("start_time", "end_time", "created_time", "last_updated_time", "active_at_time"), _TR),
        },
    ),
    # -- 3D
    DataClass("BoundingBox3D", read="BoundingBox3D", base="CogniteObject"),
    DataClass("RevisionCameraProperties", read="RevisionCameraProperties", base="CogniteObject"),
    DataClass("ThreeDModelWrite", write="CreateModel3D"),
    DataClass(
        "ThreeDModel",
        read="Model3D",
        write="CreateModel3D",
        write_class="ThreeDModelWrite",
        order=_o("name id created_time data_set_id metadata"),
    ),
    DataClass(
        "ThreeDModelRevisionWrite",
        write="CreateRevision3D",
        order=_o("file_id published rotation scale translation camera metadata"),
        types={"camera": "RevisionCameraProperties"},
        init_types={"camera": "RevisionCameraProperties | dict[str, Any] | None"},
    ),
    DataClass(
        "ThreeDModelRevision",
        read="Revision3D",
        write="CreateRevision3D",
        write_class="ThreeDModelRevisionWrite",
        types={"camera": "RevisionCameraProperties", "status": _OPEN_ENUM},
        init_types={"camera": "RevisionCameraProperties | dict[str, Any] | None"},
    ),
    DataClass(
        "ThreeDNode",
        read="Node3D",
        types={"bounding_box": "BoundingBox3D"},
        init_types={"bounding_box": "BoundingBox3D | dict[str, Any] | None"},
    ),
    DataClass("ThreeDAssetMappingWrite", write="CreateAssetMapping3D"),
    DataClass(
        "ThreeDAssetMapping",
        read="AssetMapping3D",
        write="CreateAssetMapping3D",
        write_class="ThreeDAssetMappingWrite",
        order=_o("node_id asset_id tree_index subtree_size"),
    ),
    # -- extraction pipelines
    # -- contextualization
    DataClass(
        "EntityMatchingModel",
        read="EntityMatcherResponseSchema",
        order=_o(
            "id created_time status error_message start_time status_time classifier feature_type match_fields "
            "model_type name description external_id"
        ),
        extra={"model_type": "str | None"},
        types=dict.fromkeys(("status", "classifier", "feature_type"), _OPEN_ENUM),
    ),
    DataClass(
        "ContextualizationJob",
        extra={
            "job_id": "int",
            "status": "str",
            "status_time": "int",
            "created_time": "int",
            "error_message": "str | None",
            "model_id": "int | None",
            "start_time": "int | None",
            "items": "list[dict[str, Any]] | None",
        },
        order=_o("job_id status status_time created_time error_message"),
    ),
    DataClass(
        "LoginStatus",
        base="CogniteResponse",
        extra={"user": "str", "project": "str", "logged_in": "bool", "project_id": "int", "api_key_id": "int | None"},
    ),
    DataClass("ExtractionPipelineWrite", write="CreateExtPipe", types=_EXTPIPE_TYPES, init_types=_EXTPIPE_INIT_TYPES),
    DataClass("ExtractionPipelineContact", read="Contact", order=_o("name email role send_notification")),
    DataClass("ExtractionPipelineNotificationConfiguration", read="ExtPipeNotificationConfiguration"),
    DataClass(
        "ExtractionPipeline",
        read="ExtPipe",
        write="CreateExtPipe",
        write_class="ExtractionPipelineWrite",
        order=_o(
            "id external_id name data_set_id created_time last_updated_time description raw_tables "
            "last_success last_failure last_message last_seen schedule contacts metadata source "
            "documentation notification_config created_by"
        ),
        types=_EXTPIPE_TYPES,
        init_types=_EXTPIPE_INIT_TYPES,
    ),
    DataClass("ExtractionPipelineFilter", read="ExtPipesFilter", base="CogniteFilter"),
    DataClass(
        "ExtractionPipelineRunWrite",
        write="ExtPipeRunRequest",
        order=_o("extpipe_external_id status message created_time"),
        renames={"external_id": "extpipe_external_id"},
        aliases={"external_id": "extpipe_external_id"},  # the spelling of SDK versions before 7
    ),
    DataClass(
        "ExtractionPipelineRun",
        read="ExtPipeRunResponse",
        write="ExtPipeRunRequest",
        write_class="ExtractionPipelineRunWrite",
        order=_o("id status extpipe_external_id message created_time"),
        renames={"external_id": "extpipe_external_id"},
        aliases={"external_id": "extpipe_external_id"},  # the spelling of SDK versions before 7
    ),
    DataClass("ExtractionPipelineConfigWrite", write="CreateConfigRequest"),
    DataClass(
        "ExtractionPipelineConfig",
        read="FullConfigRevision",
        write="CreateConfigRequest",
        write_class="ExtractionPipelineConfigWrite",
        order=_o("external_id revision created_time config description"),
    ),
    DataClass(
        "ExtractionPipelineConfigRevision",
        read="ConfigRevisionMetadata",
        order=_o("external_id revision description created_time"),
    ),
    # -- IAM
    DataClass(
        "GroupWrite",
        write="GroupMembershipManagedExternallyOrInCdfManagedInCDF",
        more=("GroupMembershipManagedExternallyOrInCdfManagedExternally",),
        order=_o("name source_id capabilities attributes metadata members"),
        types={"capabilities": "list[Capability]"},
        init_types={"capabilities": _CAPABILITIES_IN},
    ),
    DataClass(
        "Group",
        read="GroupManagedInCDF",
        write="GroupMembershipManagedExternallyOrInCdfManagedInCDF",
        more=("GroupMembershipManagedExternallyOrInCdfManagedExternally", "GroupManagedExternally"),
        write_class="GroupWrite",
        order=_o("id name is_deleted source_id capabilities attributes deleted_time metadata members"),
        types={"capabilities": "list[Capability]"},
        init_types={"capabilities": _CAPABILITIES_IN},
    ),
    DataClass("SecurityCategoryWrite", write="SecurityCategorySpecDTO"),
    DataClass(
        "SecurityCategory",
        read="SecurityCategoryDTO",
        write="SecurityCategorySpecDTO",
        write_class="SecurityCategoryWrite",
        order=_o("id name"),
    ),
    DataClass("Session", read="Session", types={"id": "int"}),
    DataClass(
        "CreatedSession",
        read="CreateSessionResponse",
        base="CogniteResponse",
        order=_o("id status nonce type client_id"),
        types={"id": "int"},
    ),
    DataClass("ClientCredentials", write="CreateSessionWithClientCredentialsRequest", base="CogniteResponse"),
    DataClass(
        "TokenInspection",
        read="TokenInspectionResponse",
        base="CogniteResponse",
        order=_o("subject projects capabilities"),
        types={"capabilities": "ProjectCapabilityList", "projects": "list[ProjectSpec]"},
    ),
    # -- RAW
    DataClass("Database", read="RawDB", order=_o("name created_time"), extra={"created_time": "int | None"}),
    DataClass(
        "Table",
        read="RawDBTable",
        order=_o("name created_time"),
        extra={"created_time": "int | None", "db_name": "str | None"},
    ),
    DataClass("RowWrite", write="RawDBRowInsert", order=_o("key columns")),
    DataClass("Row", read="RawDBRow", write="RawDBRowInsert", write_class="RowWrite"),
    # -- transformations and documents (issue 14, task E)
    DataClass(
        "TransformationWrite",
        write="TransformationCreate",
        order=_o(
            "external_id name ignore_null_fields query destination conflict_mode is_public source_oidc_credentials "
            "destination_oidc_credentials data_set_id source_nonce destination_nonce tags"
        ),
        types=_TRANSFORMATION_TYPES,
    ),
    DataClass(
        "Transformation",
        read="TransformationRead",
        write="TransformationCreate",
        write_class="TransformationWrite",
        order=_o(
            "id external_id name query destination conflict_mode is_public ignore_null_fields created_time "
            "last_updated_time owner owner_is_current_user source_oidc_credentials destination_oidc_credentials "
            "running_job last_finished_job blocked schedule data_set_id source_nonce destination_nonce "
            "source_session destination_session tags"
        ),
        types={
            **_TRANSFORMATION_TYPES,
            "running_job": "TransformationJob",
            "last_finished_job": "TransformationJob",
            "blocked": "TransformationBlockedInfo",
            "schedule": "TransformationSchedule",
            "source_session": "SessionDetails",
            "destination_session": "SessionDetails",
        },
    ),
    DataClass(
        "TransformationScheduleWrite",
        read="ScheduleParametersWithId",
        order=_o("interval id external_id is_paused"),
        more=("ScheduleParametersWithExternalId",),
    ),
    DataClass(
        "TransformationSchedule",
        read="Schedule",
        write_class="TransformationScheduleWrite",
        order=_o("id external_id created_time last_updated_time interval is_paused"),
    ),
    DataClass(
        "TransformationNotificationWrite",
        read="NotificationCreateWithId",
        more=("NotificationCreateWithExternalId",),
        order=_o("destination transformation_id transformation_external_id"),
    ),
    DataClass(
        "TransformationNotification",
        read="NotificationRead",
        write_class="TransformationNotificationWrite",
        extra={"transformation_external_id": "str | None"},
        order=_o("id transformation_id transformation_external_id destination created_time last_updated_time"),
    ),
    DataClass(
        "TransformationJob",
        read="JobRead",
        order=_o(
            "id uuid status transformation_id transformation_external_id source_project destination_project "
            "destination conflict_mode query ignore_null_fields created_time error started_time finished_time "
            "last_seen_time"
        ),
        types={"destination": "TransformationDestination"},
    ),
    DataClass(
        "TransformationJobFilter",
        base="CogniteFilter",
        extra={"transformation_id": "int | None", "transformation_external_id": "str | None"},
        order=_o("transformation_id transformation_external_id"),
    ),
    DataClass(
        "SourceFile",
        read="DocumentSourceFile",
        order=_o(
            "name hash directory source mime_type size asset_ids labels geo_location dataset_id security_categories "
            "metadata"
        ),
        types={
            "labels": "list[Label]",
            "geo_location": "DocumentsGeoJsonGeometry",
            "size": "int",
            "security_categories": "list[int]",
        },
        init_types={"labels": _LABELS_IN},
    ),
    DataClass(
        "Document",
        read="Document",
        order=_o(
            "id created_time source_file external_id instance_id title author producer modified_time "
            "last_indexed_time mime_type extension page_count type language truncated_content asset_ids labels "
            "geo_location"
        ),
        types={
            "source_file": "SourceFile",
            "labels": "list[Label]",
            "geo_location": "DocumentsGeoJsonGeometry",
            "instance_id": "NodeId",
        },
        init_types={"labels": _LABELS_IN, "instance_id": _NODE_ID_IN},
    ),
)

UPDATE_CLASSES: tuple[UpdateClass, ...] = (
    UpdateClass("AssetUpdate", "AssetPatch"),
    UpdateClass("EventUpdate", "EventPatch"),
    UpdateClass("TimeSeriesUpdate", "TimeSeriesPatch", ("id", "external_id", "instance_id")),
    UpdateClass("DataSetUpdate", "DataSetPatch"),
    UpdateClass("FileMetadataUpdate", "FileChangeUpdate", ("id", "external_id", "instance_id")),
    UpdateClass("SequenceUpdate", "SequenceChangeDTO", extra_kinds={"columns": "columns"}),
    UpdateClass("RelationshipUpdate", "RelationshipUpdateContent", ("external_id",)),
    UpdateClass("ThreeDModelUpdate", "UpdateModel3D", ("id",)),
    UpdateClass("ThreeDModelRevisionUpdate", "UpdateRevision3D", ("id",)),
    UpdateClass("ExtractionPipelineUpdate", "ExtPipeUpdateById"),
    UpdateClass("EntityMatchingModelUpdate", "ModelPatch"),
    # -- transformations (issue 14, task E)
    UpdateClass("TransformationUpdate", "TransformationUpdate"),
    UpdateClass("TransformationScheduleUpdate", "ScheduleUpdate"),
)
