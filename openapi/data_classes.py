"""`python -m openapi.data_classes`: typed field declarations of the ergonomic data classes, from the generated models.

The table below is the only hand-written input: per ergonomic class, the generated model(s) it mirrors, the official
SDK's parameter order, and the annotations where the official SDK names an ergonomic class (``labels: list[Label]``).
Names, base types, required-ness and ``Literal`` enums are read from ``cdf_api.models`` (the attrs classes generated
from the spec); patch kinds from the patch models. The result, ``cognite/client/data_classes/_generated.py``, holds one
``<Name>Fields`` base per class (typed attributes, keyword ``__init__``, the field tuple) and one ``<Name>Fields`` per
update class (typed properties); the hand-written classes inherit them and add only behaviour.
``make generate`` runs this step; ``make check-generated`` reproduces it byte for byte.
"""

from __future__ import annotations

import argparse
import enum
import importlib
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs
import jinja2

from cognite.client.data_classes._spec import to_camel
from openapi.paths import GENERATED_DIR, REPO_ROOT, TEMPLATES_DIR

OUTPUT = REPO_ROOT / "cognite" / "client" / "data_classes" / "_generated.py"
TEMPLATE = "data_classes.py.jinja"

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
        types={"shape": "GeometryFilter"},
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
        types={"labels": "list[Label]", "geo_location": "GeoLocation"},
        init_types={"labels": _LABELS_IN},
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
        types={"labels": "list[Label]"},
        init_types={"labels": _LABELS_IN},
        extra={"source": "Any", "target": "Any"},
    ),
    DataClass(
        "RelationshipFilter",
        read="RelationshipsAdvancedListRequest.filter",
        base="CogniteFilter",
        types={
            "labels": "LabelFilter",
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
        types={"camera": "RevisionCameraProperties"},
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
    DataClass("ExtractionPipelineWrite", write="CreateExtPipe"),
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
)

_IDENTIFIER_TYPES = {"id": "int", "external_id": "str", "instance_id": "dict[str, Any] | Any"}
_PROPERTY_CLASS = {
    "single": "SingleProperty",
    "single_required": "RequiredSingleProperty",
    "object": "ObjectProperty",
    "list": "ListProperty",
    "labels": "LabelsProperty",
    "columns": "ColumnsProperty",
}

# -- reading the generated models ------------------------------------------------------------------------------------
_PRIMITIVES = {"str", "int", "float", "bool", "Any"}
_NOT_CLASSES = {"Any", "Literal", "None", "Sequence", "Self"}


def _models() -> Any:
    if str(GENERATED_DIR) not in sys.path:
        sys.path.insert(0, str(GENERATED_DIR))
    return importlib.import_module("cdf_api.models")


def _split_top(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside brackets: ``list[A | B] | Unset`` -> ``["list[A | B]", "Unset"]``."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "["
        depth -= ch == "]"
        if ch == sep and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def python_type(annotation: str) -> tuple[str, bool]:
    """``(annotation, nullable)`` the ergonomic layer shows for a generated annotation (Unset dropped, enum members
    as ``Literal``, map-only models as ``dict[str, V]``, other models as ``dict[str, Any]``)."""
    out: list[str] = []
    nullable = False
    for part in _split_top(annotation, "|"):
        if part == "Unset":
            continue
        if part == "None":
            nullable = True
            continue
        text = _one_type(part)
        if text not in out:
            out.append(text)
    literals = [t for t in out if t.startswith("Literal[")]
    if len(literals) > 1:  # one Literal[...] for all enum members
        merged = "Literal[" + ", ".join(m for lit in literals for m in _split_top(lit[8:-1], ",")) + "]"
        out = [merged if t == literals[0] else t for t in out if t not in literals[1:]]
    return " | ".join(out) or "Any", nullable


def _one_type(part: str) -> str:
    if part in _PRIMITIVES:
        return part
    if part.startswith("Literal["):
        return part
    if part.startswith("list["):
        inner, _ = python_type(part[5:-1])
        return f"list[{inner}]"
    if part.startswith("dict["):
        key, value = _split_top(part[5:-1], ",")
        return f"dict[{key}, {python_type(value)[0]}]"
    cls = getattr(_models(), part, None)
    if cls is None:
        return "Any"
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        return "Literal[" + ", ".join(repr(m.value) for m in cls) + "]"
    if attrs.has(cls):
        own = [f for f in attrs.fields(cls) if f.name != "additional_properties"]
        extra = [f for f in attrs.fields(cls) if f.name == "additional_properties"]
        if not own and extra and isinstance(extra[0].type, str) and extra[0].type.startswith("dict["):
            return _one_type(extra[0].type)
    return "dict[str, Any]"


def _public_name(generated: str) -> str:
    return generated[:-1] if generated.endswith("_") and len(generated) > 1 else generated


def _model_class(name: str) -> Any:
    if "." in name:  # "AssetFilter.filter": the model typing that member
        parent, member = name.split(".")
        for f in attrs.fields(_model_class(parent)):
            if _public_name(f.name) == member:
                names = [p for p in _split_top(f.type, "|") if p not in ("Unset", "None")]
                return _model_class(names[0])
        raise KeyError(name)
    return getattr(_models(), name)


@dataclass
class Field:
    name: str
    annotation: str  # attribute annotation
    init: str  # constructor annotation (always with ``| None = None``: constructors are lenient)
    positional: bool

    def nested(self) -> str | None:
        """The loader of a field typed by an ergonomic class (``list[Label]``, ``dict[str, Any] | TimestampRange``)."""
        text = self.annotation.removesuffix(" | None").removeprefix("dict[str, Any] | ")
        if (m := re.fullmatch(r"list\[([A-Z]\w*)\]", text)) and m.group(1) not in _NOT_CLASSES:
            return f"Nested({m.group(1)!r}, many=True)"
        if re.fullmatch(r"[A-Z]\w*", text) and text not in _NOT_CLASSES:
            return f"Nested({text!r})"
        return None


def _model_fields(model: str, renames: dict[str, str] | None = None) -> list[tuple[str, str, bool]]:
    """(name, generated annotation, required) of a model, in declaration order."""
    renames = renames or {}
    return [
        (renames.get(_public_name(f.name), _public_name(f.name)), f.type, f.default is attrs.NOTHING)
        for f in attrs.fields(_model_class(model))
        if f.name != "additional_properties"
    ]


def _sequence_of(annotation: str) -> str:
    """Constructors accept any sequence where the attribute is a list (``Sequence[int]`` as the official SDK)."""
    return re.sub(r"^list\[", "Sequence[", annotation)


def class_fields(dc: DataClass) -> list[Field]:
    models = [m for m in (dc.read, dc.write, *dc.more) if m]
    found: dict[str, tuple[str, bool]] = {}
    for i, model in enumerate(models):
        for name, annotation, required in _model_fields(model, dc.renames):
            if name not in found:
                found[name] = (annotation, required and i == 0)
    types: dict[str, tuple[str, bool]] = {}
    for name, (annotation, required) in found.items():
        text, nullable = python_type(annotation)
        types[name] = (dc.types.get(name, text), (required and not nullable) or name in dc.required)
    for name, annotation in dc.extra.items():
        types.setdefault(name, (annotation, True))  # as written
    unknown = [n for n in (*dc.order, *dc.types, *dc.init_types, *dc.required) if n not in types]
    if unknown:
        raise SystemExit(f"{dc.name}: {unknown} are not fields of {models} (table in openapi/data_classes.py)")
    ordered = [*dc.order, *(n for n in types if n not in dc.order)]
    out = []
    for name in ordered:
        text, required = types[name]
        attr = text if required or text == "Any" or text.endswith("| None") else f"{text} | None"
        init = dc.init_types.get(name) or (
            "Any" if text == "Any" else f"{_sequence_of(text).removesuffix(' | None')} | None"
        )
        out.append(Field(name, attr, init, positional=name in dc.order or not dc.order))
    return out


def write_fields(dc: DataClass) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(field names, required field names) of the write model."""
    if not dc.write:
        return (), ()
    fields = _model_fields(dc.write, dc.renames)
    return tuple(n for n, _, _ in fields), tuple(n for n, _, r in fields if r)


def update_properties(uc: UpdateClass) -> list[tuple[str, str, str]]:
    """(property, kind, property class) per updatable field of the patch model."""
    sys.path.insert(0, str(REPO_ROOT))
    from cognite.client.data_classes._spec import patch_kinds

    _models()
    kinds = {**patch_kinds(uc.patch), **uc.extra_kinds}
    return [(name, kind, _PROPERTY_CLASS[kind]) for name, kind in kinds.items()]


# -- rendering --------------------------------------------------------------------------------------------------------
def render() -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    classes = []
    for dc in DATA_CLASSES:
        fields = class_fields(dc)
        names, required = write_fields(dc)
        classes.append(
            {
                "dc": dc,
                "fields": fields,
                "field_tuple": repr(tuple(f.name for f in fields)),
                "write_fields": repr(names) if dc.write else "",
                "write_required": repr(required),
                "models": [m for m in (dc.read, dc.write, *dc.more) if m],
                "nested": {f.name: f.nested() for f in fields if f.nested()},
                "renames": {new: to_camel(old) for old, new in dc.renames.items()},
                "aliases": {old: next(f for f in fields if f.name == new) for old, new in dc.aliases.items()},
            }
        )
    updates = []
    for uc in UPDATE_CLASSES:
        properties = update_properties(uc)
        updates.append(
            {
                "uc": uc,
                "properties": properties,
                "kinds": repr({name: kind for name, kind, _ in properties}),
                "id_tuple": repr(uc.identifiers),
                "ids": [(i, _IDENTIFIER_TYPES[i]) for i in uc.identifiers],
            }
        )
    return env.get_template(TEMPLATE).render(classes=classes, updates=updates, imports=_imports(classes))


def _imports(classes: list[dict[str, Any]]) -> list[str]:
    """Ergonomic classes the annotations name (imported for type checking only: they inherit this module)."""
    texts = [c["dc"].write_class or "" for c in classes]
    texts += [t for c in classes for f in c["fields"] for t in (f.annotation, f.init)]
    words = set(re.findall(r"\b[A-Z]\w*", re.sub(r"'[^']*'", "", " ".join(texts))))
    return sorted(words - _NOT_CLASSES)


def _ruff(path: Path) -> None:
    exe = Path(sys.executable).with_name("ruff")
    ruff = str(exe) if exe.exists() else "ruff"
    common = ["--no-cache", "--config", str(REPO_ROOT / "pyproject.toml")]
    # imports are computed exactly (names used only in string base-class arguments would look unused to F401)
    subprocess.run([ruff, "check", *common, "--fix-only", "--select", "I", "--quiet", str(path)], check=True)
    subprocess.run([ruff, "format", *common, "--quiet", str(path)], check=True)


def build(out: Path) -> None:
    out.write_text(render())
    _ruff(out)


def drift() -> bool:
    """True when the committed module differs from a fresh rendering."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / OUTPUT.name
        build(fresh)
        return not OUTPUT.exists() or fresh.read_bytes() != OUTPUT.read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed module is out of date")
    args = parser.parse_args(argv)
    if args.check:
        stale = drift()
        print(f"{OUTPUT.relative_to(REPO_ROOT)}: " + ("out of date (run `make generate`)" if stale else "up to date"))
        return 1 if stale else 0
    build(OUTPUT)
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
