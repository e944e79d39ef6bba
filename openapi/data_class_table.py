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
)
