"""The data-class table: the only hand-written input of `python -m openapi.data_classes`.

Per ergonomic class: the generated model(s) it mirrors, the official SDK's parameter order, and the annotations where
the official SDK names an ergonomic class (``labels: list[Label]``). Everything else (names, base types, required-ness,
``Literal`` enums, patch kinds) is read from the generated models.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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
    exclude: tuple[str, ...] = ()  # spec fields the class keeps off its attributes (a variant's constant ``type``)
    module: str = ""  # the area module of a class not exported top-level (``hosted_extractors``)


@dataclass(frozen=True)
class UpdateClass:
    name: str
    patch: str  # generated patch model (``AssetPatch``): its ``update`` member lists the updatable fields
    identifiers: tuple[str, ...] = ("id", "external_id")
    extra_kinds: dict[str, str] = field(default_factory=dict)  # patch shapes the generic kinds do not cover


def _o(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _in(module: str, *classes: DataClass) -> tuple[DataClass, ...]:
    """Classes of an area module (``cognite.client.data_classes.<module>``), not exported top-level."""
    return tuple(replace(c, module=module) for c in classes)


# hosted extractor source variants: (class name, generated model, write order, read order) after ``external_id``
_SOURCE_VARIANTS = (
    (
        "EventHubSource",
        "EventHubSource",
        "host event_hub_name key_name key_value consumer_group",
        "host event_hub_name key_name created_time last_updated_time consumer_group",
    ),
    (
        "MQTT3Source",
        "MqttV3Source",
        "host port authentication use_tls ca_certificate auth_certificate",
        "host created_time last_updated_time port authentication use_tls ca_certificate auth_certificate",
    ),
    (
        "MQTT5Source",
        "MqttV5Source",
        "host port authentication use_tls ca_certificate auth_certificate",
        "host created_time last_updated_time port authentication use_tls ca_certificate auth_certificate",
    ),
    (
        "KafkaSource",
        "KafkaSource",
        "bootstrap_brokers authentication use_tls ca_certificate auth_certificate",
        "bootstrap_brokers created_time last_updated_time authentication use_tls ca_certificate auth_certificate",
    ),
    (
        "RestSource",
        "RestSource",
        "host scheme port ca_certificate authentication",
        "host scheme created_time last_updated_time port ca_certificate authentication",
    ),
)
# (class, generated model, the official SDK's order) of the parts of jobs and mappings
_JOB_PARTS = (
    ("Prefix", "PrefixConfig", "from_topic prefix"),
    ("ValueFormat", "ValueFormat", "encoding compression prefix"),
    ("RockwellFormat", "RockwellFormat", "encoding compression prefix"),
    ("CogniteFormat", "CogniteFormat", "encoding compression prefix"),
    ("CustomFormat", "CustomFormat", "mapping_id encoding compression"),
    ("MQTTConfig", "MQTTJobConfig", "topic_filter"),
    ("KafkaConfig", "KafkaJobConfig", "topic partitions"),
    ("RestConfig", "RestJobConfig", "interval path method body query headers incremental_load pagination"),
    ("BodyLoad", "BodyPaginationConfig", "value"),
    ("HeaderValueLoad", "HeaderValueConfig", "key value"),
    ("QueryParamLoad", "QueryParameterConfig", "key value"),
    ("NextUrlLoad", "NextUrlConfig", "value"),
    ("CSVInput", "CsvConfig", "delimiter custom_keys"),
    ("JSONInput", "JsonConfig", ""),
    ("XMLInput", "XmlConfig", ""),
    ("ProtoBufInput", "CreateProtobufConfig", "message_name files"),
)
_LOAD = {"types": {"incremental_load": "IncrementalLoad", "pagination": "IncrementalLoad"}}
_PREFIX = {"types": {"prefix": "Prefix"}, "init_types": {"prefix": "Prefix | dict[str, Any] | None"}}
_PART_TYPES: dict[str, dict[str, dict[str, str]]] = {
    "RestConfig": {
        **_LOAD,
        "init_types": {k: "IncrementalLoad | dict[str, Any] | None" for k in ("incremental_load", "pagination")},
    },
    **{name: _PREFIX for name in ("ValueFormat", "RockwellFormat", "CogniteFormat")},
}
_JOB_TYPES = {"format": "JobFormat", "config": "JobConfig"}
_JOB_INIT_TYPES = {"format": "JobFormat | dict[str, Any] | None", "config": "JobConfig | dict[str, Any] | None"}
_MAPPING_INIT_TYPES = {
    "mapping": "CustomMapping | dict[str, Any] | None",
    "input": "InputMapping | Literal['csv', 'json', 'xml'] | dict[str, Any] | None",
}
_KAFKA_TYPES: dict[str, dict[str, str]] = {
    "types": {"bootstrap_brokers": "list[KafkaBroker]"},
    "init_types": {"bootstrap_brokers": "Sequence[KafkaBroker | dict[str, Any]] | None"},
}


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

# routine revisions: typed configuration and script (their constructors take the wire dicts too)
_ROUTINE_REVISION_TYPES = {"configuration": "SimulatorRoutineConfiguration", "script": "list[SimulatorRoutineStage]"}
_ROUTINE_REVISION_INIT = {
    "configuration": "SimulatorRoutineConfiguration | dict[str, Any] | None",
    "script": "Sequence[SimulatorRoutineStage | dict[str, Any]] | None",
}

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
    # -- simulators, integrations, user profiles, DMS statistics (issue 14, task B)
    # nested value objects of the simulator resources (official classes and orders)
    DataClass("SimulatorUnitEntry", read="SimulatorUnitEntry", order=_o("label name")),
    DataClass(
        "SimulatorQuantity",
        read="SimulatorQuantity",
        order=_o("name label units"),
        types={"units": "list[SimulatorUnitEntry]"},
    ),
    DataClass("SimulatorModelType", read="SimulatorModelType", order=_o("name key")),
    DataClass("SimulatorStepOption", read="SimulatorStepOption", order=_o("label value")),
    DataClass(
        "SimulatorStepField",
        read="SimulatorStepField",
        order=_o("name label info options"),
        types={"options": "list[SimulatorStepOption]"},
    ),
    DataClass(
        "SimulatorStep",
        read="SimulatorStep",
        order=_o("step_type fields"),
        types={"fields": "list[SimulatorStepField]"},
    ),
    DataClass("SimulatorFlowsheetPosition", read="SimulatorModelRevisionDataPosition", order=_o("x y")),
    DataClass(
        "SimulatorFlowsheetGraphicalObject",
        read="SimulatorModelRevisionDataGraphicalObject",
        order=_o("position height width scale_x scale_y angle active"),
        types={"position": "SimulatorFlowsheetPosition"},
    ),
    DataClass(
        "SimulatorFlowsheetProperty",
        read="SimulatorModelRevisionDataProperty",
        order=_o("name reference_object value_type value unit read_only"),
        types={"value_type": _OPEN_ENUM},
    ),
    DataClass(
        "SimulatorFlowsheetObjectNode",
        read="SimulatorModelRevisionDataObjectNode",
        order=_o("id name type graphical_object properties"),
        types={
            "graphical_object": "SimulatorFlowsheetGraphicalObject",
            "properties": "list[SimulatorFlowsheetProperty]",
        },
    ),
    DataClass(
        "SimulatorFlowsheetObjectEdge",
        read="SimulatorModelRevisionDataObjectEdge",
        order=_o("id name source_id target_id connection_type"),
        types={"connection_type": _OPEN_ENUM},
    ),
    DataClass(
        "SimulatorFlowsheetThermodynamic",
        read="SimulatorModelRevisionDataThermodynamic",
        order=_o("property_packages components"),
    ),
    DataClass(
        "SimulatorFlowsheet",
        read="SimulatorModelRevisionDataFlowsheet",
        order=_o("simulator_object_nodes simulator_object_edges thermodynamics"),
        types={
            "simulator_object_nodes": "list[SimulatorFlowsheetObjectNode]",
            "simulator_object_edges": "list[SimulatorFlowsheetObjectEdge]",
            "thermodynamics": "SimulatorFlowsheetThermodynamic",
        },
    ),
    DataClass("SimulatorModelDependencyFileId", read="SimulatorFileDependencyFileField", order=_o("id")),
    DataClass(
        "SimulatorModelRevisionDependency",
        read="SimulatorFileDependency",
        order=_o("file arguments"),
        types={"file": "SimulatorModelDependencyFileId", "arguments": "dict[str, str]"},
        init_types={"file": "SimulatorModelDependencyFileId | dict[str, Any] | None"},
    ),
    DataClass("SimulatorLogData", read="SimulatorLogData", order=_o("timestamp message severity")),
    DataClass("SimulationValueUnitInput", read="SimulationValueUnitInput", order=_o("name quantity")),
    DataClass("SimulationValueUnitName", read="SimulationValueUnitName", order=_o("name")),
    DataClass("SimulationValueUnit", read="SimulationValueUnit", order=_o("name external_id")),
    DataClass(
        "SimulationInputOverride",
        read="SimulationInputOverride",
        order=_o("reference_id value unit"),
        types={"unit": "SimulationValueUnitName"},
        init_types={"unit": "SimulationValueUnitName | dict[str, Any] | None"},
    ),
    DataClass(
        "SimulationInput",
        read="SimulationValue",
        order=_o("reference_id value value_type unit simulator_object_reference timeseries_external_id overridden"),
        types={"unit": "SimulationValueUnit", "value_type": _OPEN_ENUM},
    ),
    DataClass(
        "SimulationOutput",
        read="SimulationValueBase",
        order=_o("reference_id value value_type unit simulator_object_reference timeseries_external_id"),
        types={"unit": "SimulationValueUnit", "value_type": _OPEN_ENUM},
    ),
    DataClass(
        "SimulatorRoutineInputConstant",
        read="SimulatorRoutineInputConstant",
        order=_o("name reference_id value value_type unit save_timeseries_external_id"),
        types={"unit": "SimulationValueUnitInput", "value_type": _OPEN_ENUM},
        init_types={"unit": "SimulationValueUnitInput | dict[str, Any] | None"},
    ),
    DataClass(
        "SimulatorRoutineInputTimeseries",
        read="SimulatorRoutineInputTimeseries",
        order=_o("name reference_id source_external_id aggregate save_timeseries_external_id unit"),
        types={"unit": "SimulationValueUnitInput", "aggregate": _OPEN_ENUM},
        init_types={"unit": "SimulationValueUnitInput | dict[str, Any] | None"},
    ),
    DataClass(
        "SimulatorRoutineOutput",
        read="SimulatorRoutineOutput",
        order=_o("name reference_id value_type unit save_timeseries_external_id"),
        types={"unit": "SimulationValueUnitInput", "value_type": _OPEN_ENUM},
        init_types={"unit": "SimulationValueUnitInput | dict[str, Any] | None"},
    ),
    DataClass("SimulatorRoutineSchedule", read="SimulatorRoutineScheduleEnabled", order=_o("cron_expression")),
    DataClass(
        "SimulatorRoutineDataSampling",
        read="SimulatorRoutineDataSamplingEnabled",
        order=_o("sampling_window granularity validation_window"),
        types={"enabled": "bool"},
    ),
    DataClass(
        "SimulatorRoutineLogicalCheck",
        read="SimulatorRoutineLogicalCheckEnabled",
        order=_o("aggregate operator value timeseries_external_id"),
        types={"aggregate": _OPEN_ENUM, "operator": _OPEN_ENUM, "enabled": "bool"},
    ),
    DataClass(
        "SimulatorRoutineSteadyStateDetection",
        read="SimulatorRoutineSteadyStateDetectionEnabled",
        order=_o("aggregate min_section_size var_threshold slope_threshold timeseries_external_id"),
        types={"aggregate": _OPEN_ENUM, "enabled": "bool"},
    ),
    DataClass(
        "SimulatorRoutineConfiguration",
        read="SimulatorRoutineConfiguration",
        order=_o("inputs outputs logical_check steady_state_detection schedule data_sampling"),
        types={
            "inputs": "list[SimulatorRoutineInput]",
            "outputs": "list[SimulatorRoutineOutput]",
            "logical_check": "list[SimulatorRoutineLogicalCheck]",
            "steady_state_detection": "list[SimulatorRoutineSteadyStateDetection]",
            "schedule": "SimulatorRoutineSchedule",
            "data_sampling": "SimulatorRoutineDataSampling",
        },
    ),
    DataClass(
        "SimulatorRoutineStep",
        read="SimulatorRoutineStepGet",
        order=_o("step_type arguments order description"),
        types={"step_type": _OPEN_ENUM, "arguments": "SimulatorRoutineStepArguments"},
        init_types={"arguments": "SimulatorRoutineStepArguments | dict[str, Any] | None"},
    ),
    DataClass(
        "SimulatorRoutineStage",
        read="SimulatorRoutineStage",
        order=_o("order steps description"),
        types={"steps": "list[SimulatorRoutineStep]"},
    ),
    DataClass(
        "Task",
        read="Task",
        order=_o("type name action description sources targets"),
        extra={"sources": "list[str] | None", "targets": "list[str] | None"},
        types={"type": _OPEN_ENUM},
    ),
    DataClass(
        "Simulator",
        read="Simulator",
        order=_o("external_id id name file_extension_types model_types model_dependencies step_fields unit_quantities"),
        extra={"model_dependencies": "list[dict[str, Any]] | None"},
        types={
            "model_types": "list[SimulatorModelType]",
            "step_fields": "list[SimulatorStep]",
            "unit_quantities": "list[SimulatorQuantity]",
        },
    ),
    DataClass(
        "SimulatorIntegration",
        read="SimulatorIntegration",
        order=_o(
            "id external_id simulator_external_id heartbeat data_set_id connector_version log_id active created_time"
            " last_updated_time license_status simulator_version license_last_checked_time connector_status"
            " connector_status_updated_time"
        ),
        types={"license_status": _OPEN_ENUM},
    ),
    DataClass(
        "SimulatorModelWrite",
        write="SimulatorModelCreateCommand",
        order=_o("external_id simulator_external_id data_set_id name type description"),
    ),
    DataClass(
        "SimulatorModel",
        read="SimulatorModel",
        write="SimulatorModelCreateCommand",
        write_class="SimulatorModelWrite",
        order=_o(
            "id external_id simulator_external_id data_set_id name type created_time last_updated_time description"
        ),
    ),
    DataClass(
        "SimulatorModelRevisionWrite",
        write="SimulatorModelRevisionCreateCommand",
        order=_o("external_id model_external_id file_id description external_dependencies"),
        extra={"external_dependencies": "list[SimulatorModelRevisionDependency] | None"},
    ),
    DataClass(
        "SimulatorModelRevision",
        read="SimulatorModelRevisionView",
        write="SimulatorModelRevisionCreateCommand",
        write_class="SimulatorModelRevisionWrite",
        order=_o(
            "id external_id model_external_id file_id created_time last_updated_time simulator_external_id data_set_id"
            " created_by_user_id status version_number log_id description status_message external_dependencies"
        ),
        extra={"external_dependencies": "list[SimulatorModelRevisionDependency] | None"},
        types={"status": _OPEN_ENUM},
    ),
    DataClass(
        "SimulatorModelRevisionData",
        read="SimulatorModelRevisionDataView",
        order=_o("model_revision_external_id created_time last_updated_time data_set_id flowsheets info"),
        types={"flowsheets": "list[SimulatorFlowsheet]"},
    ),
    DataClass(
        "SimulatorRoutineWrite",
        write="SimulatorRoutineCreateCommand",
        order=_o("external_id model_external_id name simulator_integration_external_id description kind"),
        extra={"kind": "str | None"},
    ),
    DataClass(
        "SimulatorRoutine",
        read="SimulatorRoutineBase",
        write="SimulatorRoutineCreateCommand",
        write_class="SimulatorRoutineWrite",
        order=_o(
            "id external_id model_external_id simulator_integration_external_id name data_set_id simulator_external_id"
            " created_time last_updated_time description kind"
        ),
        extra={"kind": "str | None"},
    ),
    DataClass(
        "SimulatorRoutineRevisionWrite",
        write="SimulatorRoutineRevisionCreateCommand",
        order=_o("external_id routine_external_id configuration script"),
        types=_ROUTINE_REVISION_TYPES,
        init_types=_ROUTINE_REVISION_INIT,
    ),
    DataClass(
        "SimulatorRoutineRevision",
        read="SimulatorRoutineRevision",
        write="SimulatorRoutineRevisionCreateCommand",
        write_class="SimulatorRoutineRevisionWrite",
        order=_o(
            "id external_id simulator_external_id simulator_integration_external_id routine_external_id"
            " model_external_id version_number created_time data_set_id created_by_user_id configuration script kind"
        ),
        extra={"kind": "str | None"},
        types=_ROUTINE_REVISION_TYPES,
        init_types=_ROUTINE_REVISION_INIT,
    ),
    DataClass(  # by routine or by routine revision: neither command's required fields apply to both
        "SimulationRunWrite",
        more=("SimulationRunCommandByRoutine", "SimulationRunCommandByRoutineRevision"),
        order=_o(
            "routine_external_id routine_revision_external_id model_revision_external_id run_type run_time queue"
            " log_severity inputs"
        ),
        extra={"run_type": "str | None"},
        types={"log_severity": _OPEN_ENUM, "inputs": "list[SimulationInputOverride]"},
        init_types={"inputs": "Sequence[SimulationInputOverride | dict[str, Any]] | None"},
    ),
    DataClass(
        "SimulationRun",
        read="SimulationRunView",
        order=_o(
            "id simulator_external_id simulator_integration_external_id model_external_id model_revision_external_id"
            " routine_revision_external_id routine_external_id run_type status data_set_id user_id log_id"
            " created_time last_updated_time status_message simulation_time run_time"
        ),
        types={"status": _OPEN_ENUM, "run_type": _OPEN_ENUM},
    ),
    DataClass(
        "SimulationRunDataItem",
        read="SimulationRunDataItem",
        order=_o("run_id inputs outputs"),
        types={"inputs": "list[SimulationInput]", "outputs": "list[SimulationOutput]"},
    ),
    DataClass(
        "SimulatorLog",
        read="SimulatorLog",
        order=_o("id data created_time last_updated_time data_set_id severity"),
        types={"severity": _OPEN_ENUM, "data": "list[SimulatorLogData]"},
    ),
    DataClass(
        "SimulatorIntegrationFilter",
        read="ListSimulatorIntegrationsFilters",
        base="CogniteFilter",
        order=_o("simulator_external_ids active"),
    ),
    DataClass(
        "SimulatorModelsFilter",
        read="ListSimulatorModelsFilters",
        base="CogniteFilter",
        order=_o("simulator_external_ids"),
    ),
    DataClass(
        "SimulatorModelRevisionsFilter",
        read="ListSimulatorModelRevisionsFilters",
        base="CogniteFilter",
        order=_o("model_external_ids all_versions created_time last_updated_time"),
        types={"created_time": _TR, "last_updated_time": _TR},
    ),
    DataClass(
        "SimulatorRoutinesFilter",
        read="ListSimulatorRoutinesFilters",
        base="CogniteFilter",
        order=_o("model_external_ids simulator_integration_external_ids kind"),
        extra={"kind": "str | None"},
    ),
    DataClass(
        "SimulatorRoutineRevisionsFilter",
        read="ListSimulatorRoutineRevisionsFilters",
        base="CogniteFilter",
        order=_o(
            "routine_external_ids all_versions model_external_ids simulator_integration_external_ids"
            " simulator_external_ids kind created_time"
        ),
        extra={"kind": "str | None"},
        types={"created_time": _TR},
    ),
    DataClass(
        "SimulatorRunsFilter",
        read="ListSimulationRunsFilters",
        base="CogniteFilter",
        order=_o(
            "status run_type model_external_ids simulator_integration_external_ids simulator_external_ids"
            " routine_external_ids routine_revision_external_ids model_revision_external_ids created_time"
            " simulation_time"
        ),
        types={"status": _OPEN_ENUM, "run_type": _OPEN_ENUM, "created_time": _TR, "simulation_time": _TR},
    ),
    DataClass("Extractor", read="IntegrationExtractor", order=_o("external_id version")),
    DataClass(
        "IntegrationWrite",
        write="CreateIntegration",
        order=_o("external_id extractor name description documentation metadata allowed_not_seen_minutes"),
        types={"extractor": "Extractor"},
        init_types={"extractor": "Extractor | dict[str, Any] | None"},
        extra={
            "documentation": "str | None",
            "metadata": "dict[str, str] | None",
            "allowed_not_seen_minutes": "int | None",
        },
    ),
    DataClass(
        "Integration",
        read="Integration",
        write="CreateIntegration",
        write_class="IntegrationWrite",
        order=_o(
            "external_id extractor created_time last_updated_time name description documentation metadata"
            " allowed_not_seen_minutes last_seen last_config_revision active_config_revision tasks"
        ),
        types={"extractor": "Extractor", "tasks": "list[Task]"},
        init_types={"extractor": "Extractor | dict[str, Any] | None"},
        extra={
            "documentation": "str | None",
            "metadata": "dict[str, str] | None",
            "allowed_not_seen_minutes": "int | None",
        },
    ),
    DataClass(
        "IntegrationError",
        read="ErrorWithTaskRead",
        order=_o("external_id level description start_time type details end_time task active_config_revision"),
        extra={"external_id": "str | None", "type": "str | None"},
        types={"level": _OPEN_ENUM},
    ),
    DataClass(
        "UserProfile",
        read="UserProfileItem",
        order=_o("user_identifier last_updated_time given_name surname email display_name job_title"),
        types={"identity_type": _OPEN_ENUM},
    ),
    DataClass("UserProfilesConfiguration", read="UserProfilesConfigurationDTO", order=_o("enabled")),
    DataClass(
        "SpaceStatistics",
        read="SpaceStatistics",
        order=_o("space containers views data_models edges soft_deleted_edges nodes soft_deleted_nodes"),
    ),
    DataClass("CountLimit", read="CountAndLimit", order=_o("count limit")),
    DataClass(
        "InstanceStatistics",
        read="InstancesCountsAndLimits",
        order=_o(
            "edges soft_deleted_edges nodes soft_deleted_nodes instances instances_limit soft_deleted_instances"
            " soft_deleted_instances_limit"
        ),
    ),
    DataClass("ServiceAccountCreator", read="ServiceAccountCreatorUser", order=_o("org_id user_id")),
    DataClass(
        "UserPrincipal",
        read="UserDto",
        order=_o("id name picture_url email given_name middle_name family_name"),
        types={"type": _OPEN_ENUM},
    ),
    DataClass(
        "ServicePrincipal",
        read="ServiceAccountDto",
        order=_o("id name created_by created_time last_updated_time picture_url external_id description"),
        types={"type": _OPEN_ENUM, "created_by": "ServiceAccountCreator"},
        init_types={"created_by": "ServiceAccountCreator | dict[str, Any] | None"},
    ),
    DataClass(
        "ProjectStatistics",
        read="ProjectStatistics",
        order=_o(
            "spaces containers views data_models container_properties instances concurrent_read_limit"
            " concurrent_write_limit concurrent_delete_limit"
        ),
        types={
            "spaces": "CountLimit",
            "containers": "CountLimit",
            "views": "CountLimit",
            "data_models": "CountLimit",
            "container_properties": "CountLimit",
            "instances": "InstanceStatistics",
        },
    ),
    # -- hosted extractors, postgres gateway (issue 14, task A); a variant's ``type`` is its class's ``_type``
    *_in(
        "hosted_extractors",
        *(
            cls
            for name, model, write_order, read_order in _SOURCE_VARIANTS
            for cls in (
                DataClass(
                    f"{name}Write",
                    write=f"Create{model}",
                    order=_o("external_id " + write_order),
                    exclude=("type",),
                    **(_KAFKA_TYPES if name == "KafkaSource" else {}),
                ),
                DataClass(
                    name,
                    read=model,
                    write=f"Create{model}",
                    write_class=f"{name}Write",
                    order=_o("external_id " + read_order),
                    exclude=("type",),
                    **(_KAFKA_TYPES if name == "KafkaSource" else {}),
                ),
            )
        ),
        DataClass("KafkaBroker", read="KafkaBroker", base="CogniteObject", order=_o("host port")),
        DataClass("SessionWrite", read="SessionCredentials", base="CogniteObject", order=_o("nonce")),
        DataClass(
            "DestinationWrite",
            write="CreateDestination",
            order=_o("external_id credentials target_data_set_id"),
            types={"credentials": "SessionWrite"},
            init_types={"credentials": "SessionWrite | dict[str, Any] | None"},
        ),
        DataClass(
            "Destination",
            read="Destination",
            write="CreateDestination",
            write_class="DestinationWrite",
            order=_o("external_id created_time last_updated_time session_id target_data_set_id"),
            types={"credentials": "SessionWrite"},
        ),
        # job formats, configs and incremental loads; mapping inputs (families by ``type``, configs by their keys)
        *(
            DataClass(
                name, read=model, base="CogniteObject", order=_o(order), exclude=("type",), **_PART_TYPES.get(name, {})
            )
            for name, model, order in _JOB_PARTS
        ),
        DataClass(
            "JobWrite",
            write="CreateJob",
            order=_o("external_id destination_id source_id format config"),
            types=_JOB_TYPES,
            init_types=_JOB_INIT_TYPES,
        ),
        DataClass(
            "Job",
            read="MinimalJob",
            write="CreateJob",
            write_class="JobWrite",
            order=_o(
                "external_id destination_id source_id format target_status status created_time last_updated_time config"
            ),
            types=_JOB_TYPES,
            init_types=_JOB_INIT_TYPES,
        ),
        DataClass("JobLogs", read="JobLogEntry", order=_o("job_external_id type created_time message")),
        DataClass("JobMetrics", read="JobMetrics"),
        DataClass("CustomMapping", read="CustomMapping", base="CogniteObject", order=_o("expression")),
        DataClass(
            "MappingWrite",
            write="CreateMapping",
            order=_o("external_id mapping published input"),
            types={"mapping": "CustomMapping", "input": "InputMapping"},
            init_types=_MAPPING_INIT_TYPES,
        ),
        DataClass(
            "Mapping",
            read="MappingModel",
            write="CreateMapping",
            write_class="MappingWrite",
            order=_o("external_id mapping published input created_time last_updated_time"),
            types={"mapping": "CustomMapping", "input": "InputMapping"},
            init_types=_MAPPING_INIT_TYPES,
        ),
    ),
    *_in(
        "postgres_gateway",
        DataClass("SessionCredentials", read="SessionCredentials", base="CogniteObject", order=_o("nonce")),
        DataClass(
            "UserWrite",
            write="CreateUser",
            order=_o("credentials"),
            types={"credentials": "SessionCredentials"},
            init_types={"credentials": "SessionCredentials | dict[str, Any] | None"},
        ),
        DataClass("User", read="FdwUser", order=_o("username created_time last_updated_time session_id")),
        DataClass(
            "UserCreated",
            read="UserCreated",
            order=_o("host username password created_time last_updated_time session_id"),
        ),
        DataClass(
            "RawTableOptions", read="RawTableOptions", base="CogniteObject", order=_o("database table primary_key")
        ),
        DataClass(
            "RawTableWrite",
            write="CreateRawTable",
            order=_o("tablename options columns"),
            exclude=("type",),
            types={"options": "RawTableOptions"},
            init_types={"options": "RawTableOptions | dict[str, Any] | None"},
        ),
        DataClass("ViewTableWrite", write="CreateFdmTable", order=_o("tablename options"), exclude=("type",)),
        DataClass(
            "RawTable",
            read="TableCreated",
            order=_o("tablename options columns created_time"),
            exclude=("type",),
            types={"options": "RawTableOptions"},
            init_types={"options": "RawTableOptions | dict[str, Any] | None"},
        ),
        DataClass(
            "ViewTable", read="TableCreated", order=_o("tablename options created_time"), exclude=("type", "columns")
        ),
    ),
    # -- units (issue 14, task D)
    DataClass("UnitConversion", read="UnitConversion", base="CogniteObject", order=_o("multiplier offset")),
    DataClass("UnitID", read="UnitSystemQuantity", order=_o("unit_external_id name")),
    DataClass(
        "Unit",
        read="Unit",
        order=_o("external_id name long_name symbol alias_names quantity conversion source source_reference"),
        types={"conversion": "UnitConversion"},
        required=_o("external_id name long_name symbol alias_names quantity conversion"),
    ),
    DataClass("UnitSystem", read="UnitSystem", order=_o("name quantities"), types={"quantities": "list[UnitID]"}),
    # -- functions (issue 14, task D); the spec's create body reuses the read model, so the write shapes are SDK-side
    DataClass(
        "Function",
        read="Function",
        order=_o(
            "id created_time name status file_id external_id description owner function_path secrets env_vars cpu "
            "memory runtime runtime_version metadata error last_called"
        ),
        types={"error": "dict[str, Any]", "runtime": _OPEN_ENUM, "status": _OPEN_ENUM},
        write_class="FunctionWrite",
    ),
    DataClass(
        "FunctionWrite",
        order=_o(
            "name file_id external_id description owner function_path secrets env_vars cpu memory runtime metadata "
            "index_url extra_index_urls"
        ),
        extra={
            "name": "str",
            "file_id": "int",
            "external_id": "str | None",
            "description": "str | None",
            "owner": "str | None",
            "function_path": "str",
            "secrets": "dict[str, str] | None",
            "env_vars": "dict[str, str] | None",
            "cpu": "float | None",
            "memory": "float | None",
            "runtime": "str | None",
            "metadata": "dict[str, str] | None",
            "index_url": "str | None",
            "extra_index_urls": "list[str] | None",
        },
    ),
    DataClass(
        "FunctionFilter",
        read="FunctionFilterFilter",
        base="CogniteFilter",
        order=_o("name owner file_id status external_id_prefix created_time metadata"),
        types={"created_time": _TR, "status": _OPEN_ENUM},
    ),
    DataClass(
        "FunctionCall",
        read="FunctionCall",
        order=_o("id start_time status function_id end_time scheduled_time schedule_id error"),
        types={"error": "dict[str, Any]", "status": _OPEN_ENUM},
    ),
    DataClass(
        "FunctionCallsFilter",
        read="FunctionCallFilterFilter",
        base="CogniteFilter",
        order=_o("status schedule_id start_time end_time"),
        types={"start_time": _TR, "end_time": _TR, "status": _OPEN_ENUM},
    ),
    DataClass("FunctionCallLogEntry", read="FunctionCallLogEntry", order=_o("message timestamp")),
    DataClass(
        "FunctionSchedule",
        read="FunctionSchedule",
        order=_o("id name created_time cron_expression session_id when function_id function_external_id description"),
        write_class="FunctionScheduleWrite",
    ),
    DataClass(
        "FunctionScheduleWrite",
        order=_o("name cron_expression function_id function_external_id description data nonce"),
        extra={
            "name": "str",
            "cron_expression": "str",
            "function_id": "int | None",
            "function_external_id": "str | None",
            "description": "str | None",
            "data": "dict[str, Any] | None",
            "nonce": "str | None",
        },
    ),
    DataClass(
        "FunctionSchedulesFilter",
        base="CogniteFilter",
        order=_o("name function_id function_external_id created_time cron_expression"),
        extra={
            "name": "str | None",
            "function_id": "int | None",
            "function_external_id": "str | None",
            "created_time": "dict[str, Any] | TimestampRange | None",
            "cron_expression": "str | None",
        },
    ),
    DataClass(
        "FunctionsLimits",
        read="FunctionsLimits",
        order=_o("timeout_minutes cpu_cores memory_gb runtimes response_size_mb"),
        types={"cpu_cores": "dict[str, float]", "memory_gb": "dict[str, float]"},
    ),
    DataClass("FunctionsStatus", read="FunctionsActivation", order=_o("status")),
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

# hand-written classes of area modules the annotations above name (the bases of families told apart by ``type``)
AREA_CLASSES = dict.fromkeys(("JobFormat", "JobConfig", "IncrementalLoad", "InputMapping"), "hosted_extractors")

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
    # -- simulators, integrations (issue 14, task B)
    UpdateClass("SimulatorModelUpdate", "SimulatorModelUpdateCommand"),
    UpdateClass("IntegrationUpdate", "UpdateIntegrationItem", ("external_id",)),
    # -- hosted extractors, postgres gateway (issue 14, task A)
    UpdateClass("EventHubSourceUpdate", "UpdateEventHubSourceItem", ("external_id",)),
    UpdateClass("MQTT3SourceUpdate", "UpdateMqttV3SourceItem", ("external_id",)),
    UpdateClass("MQTT5SourceUpdate", "UpdateMqttV5SourceItem", ("external_id",)),
    UpdateClass("KafkaSourceUpdate", "UpdateKafkaSourceItem", ("external_id",)),
    UpdateClass("RestSourceUpdate", "UpdateRestSourceItem", ("external_id",)),
    UpdateClass("DestinationUpdate", "DestinationUpdateItem", ("external_id",)),
    UpdateClass("JobUpdate", "JobUpdateItem", ("external_id",)),
    UpdateClass("MappingUpdate", "MappingUpdateItem", ("external_id",)),
    UpdateClass("UserUpdate", "UserUpdateItem", ("username",)),
    # -- transformations (issue 14, task E)
    UpdateClass("TransformationUpdate", "TransformationUpdate"),
    UpdateClass("TransformationScheduleUpdate", "ScheduleUpdate"),
)
