"""The generated core data model classes (`cognite.client.data_classes.data_modeling.cdm.v1`, from
`openapi/cdm_classes.py`) against the official SDK's: the same classes, views and constructor signatures, and the
same dumps for the same objects (writes, reads loaded from wire data, reads turned into writes)."""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from typing import Any

from cognite.client.data_classes.data_modeling import TypedEdge, TypedEdgeApply, TypedNode, TypedNodeApply
from cognite.client.data_classes.data_modeling.cdm import v1

# Runs in either SDK: per public typed class of cdm.v1, its view and its constructor's parameters.
SIGNATURES = """
import inspect
from cognite.client.data_classes.data_modeling.cdm import v1
from cognite.client.data_classes.data_modeling.instances import TypedEdge, TypedEdgeApply, TypedNode, TypedNodeApply

BASES = (TypedNode, TypedNodeApply, TypedEdge, TypedEdgeApply)
out = {}
for name, cls in vars(v1).items():
    if name.startswith("_") or not (inspect.isclass(cls) and issubclass(cls, BASES)) or cls.__module__ != v1.__name__:
        continue
    params = [
        [p.name, p.kind.name, str(p.annotation), repr(p.default)]
        for p in inspect.signature(cls.__init__).parameters.values() if p.name != "self"
    ]
    source = cls.get_source()
    base = next(b.__name__ for b in BASES if issubclass(cls, b))
    out[name] = {"params": params, "source": [source.space, source.external_id, source.version], "base": base}
emit(out)
"""

# Runs in either SDK: the same objects built, loaded and dumped.
DUMPS = """
import copy
from datetime import datetime, timezone
from cognite.client.data_classes.data_modeling import NodeId
from cognite.client.data_classes.data_modeling.cdm.v1 import (
    CogniteAnnotation, CogniteAnnotationApply, CogniteAsset, CogniteAssetApply, CogniteDescribableEdgeApply,
    CogniteFile, CogniteStateSetApply, CogniteTimeSeries, CogniteTimeSeriesApply,
)
from cognite.client.data_classes.data_modeling.data_types import StateSetEntry

WHEN = datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=timezone.utc)
ASSET = {
    "space": "sp", "externalId": "pump", "version": 3, "lastUpdatedTime": 10, "createdTime": 5, "instanceType": "node",
    "properties": {"cdf_cdm": {"CogniteAsset/v1": {
        "name": "Pump", "tags": ["a"], "parent": {"space": "sp", "externalId": "plant"},
        "root": {"space": "sp", "externalId": "plant"},
        "path": [{"space": "sp", "externalId": "plant"}, {"space": "sp", "externalId": "pump"}],
        "pathLastUpdatedTime": "2024-01-02T03:04:05.123+00:00", "type": {"space": "sp", "externalId": "kind"},
    }}},
}
TS = {
    "space": "sp", "externalId": "ts", "version": 1, "lastUpdatedTime": 1, "createdTime": 1, "instanceType": "node",
    "properties": {"cdf_cdm": {"CogniteTimeSeries/v1": {
        "isStep": True, "type": "string", "assets": [{"space": "sp", "externalId": "pump"}], "sourceUnit": "m",
    }}},
}
FILE = {
    "space": "sp", "externalId": "f", "version": 2, "lastUpdatedTime": 1, "createdTime": 1, "instanceType": "node",
    "properties": {"cdf_cdm": {"CogniteFile/v1": {"name": "f.pdf", "isUploaded": True, "mimeType": "application/pdf"}}},
}
EDGE = {
    "space": "sp", "externalId": "e", "version": 1, "lastUpdatedTime": 1, "createdTime": 1, "instanceType": "edge",
    "type": {"space": "sp", "externalId": "t"}, "startNode": {"space": "sp", "externalId": "f"},
    "endNode": {"space": "sp", "externalId": "pump"},
    "properties": {"cdf_cdm": {"CogniteAnnotation/v1": {"confidence": 0.5, "status": "Approved"}}},
}
asset = CogniteAsset._load(copy.deepcopy(ASSET))
ts = CogniteTimeSeries._load(copy.deepcopy(TS))
file = CogniteFile._load(copy.deepcopy(FILE))
edge = CogniteAnnotation._load(copy.deepcopy(EDGE))
emit({
    "asset_apply": CogniteAssetApply(
        "sp", "pump", name="Pump", description=None, parent=("sp", "plant"), asset_type=NodeId("sp", "kind"),
        source_created_time=WHEN, tags=["a", "b"],
    ).dump(),
    "asset_typed_none": CogniteAssetApply("sp", "x", type=None).dump(),
    "asset": asset.dump(),
    "asset_as_write": asset.as_write().dump(),
    "asset_attributes": [repr(asset.parent), repr(asset.path), asset.path_last_updated_time.isoformat(), repr(asset.asset_type)],
    "ts_apply": CogniteTimeSeriesApply("sp", "ts", is_step=False, time_series_type="numeric", unit=("u", "m")).dump(),
    "ts": ts.dump(),
    "ts_as_write": ts.as_write().dump(),
    "file_as_write": file.as_write().dump(),
    "states": CogniteStateSetApply("sp", "s", states=[StateSetEntry(1, "on"), {"numericValue": 0, "stringValue": "off"}]).dump(),
    "annotation_apply": CogniteAnnotationApply(
        "sp", "e", type=("sp", "t"), start_node=("sp", "f"), end_node=("sp", "pump"), confidence=0.5
    ).dump(),
    "annotation": edge.dump(),
    "annotation_as_write": edge.as_write().dump(),
    "describable_edge": CogniteDescribableEdgeApply("sp", "d", ("sp", "t"), ("sp", "a"), ("sp", "b"), name="n").dump(),
})
"""


# Runs in either SDK: the typed bases a user subclasses, and the state set entry.
BASE_SIGNATURES = """
import inspect
from cognite.client.data_classes.data_modeling import instances
from cognite.client.data_classes.data_modeling.data_types import StateSetEntry

classes = [getattr(instances, n) for n in ("TypedNode", "TypedNodeApply", "TypedEdge", "TypedEdgeApply", "PropertyOptions")]
emit({c.__name__: str(inspect.signature(c.__init__)) for c in [*classes, StateSetEntry]})
"""


def _ours(script: str) -> Any:
    box: list[Any] = []
    exec(script, {"emit": box.append})  # the same script, in this process against our package
    return json.loads(json.dumps(box[0], default=str))


def _normalised(params: list[list[str]]) -> tuple[list[list[str]], dict[str, list[str]]]:
    """(positional parameters in order, keyword-only ones by name): a keyword's place in the signature is not part of
    the interface; Literal values compared as a set."""

    def annotation(text: str) -> str:
        return re.sub(
            r"Literal\[([^\]]*)\]", lambda m: "Literal[" + ", ".join(sorted(m.group(1).split(", "))) + "]", text
        )

    fixed = [[n, k, annotation(a), d] for n, k, a, d in params]
    return [p for p in fixed if p[1] != "KEYWORD_ONLY"], {p[0]: p for p in fixed if p[1] == "KEYWORD_ONLY"}


def test_cdm_classes_have_the_official_names_views_and_signatures(run_official: Callable[..., Any]) -> None:
    official, ours = run_official(SIGNATURES), _ours(SIGNATURES)
    assert len(official) == 74 and sorted(ours) == sorted(official)
    for name, theirs in official.items():
        mine = ours[name]
        assert (mine["source"], mine["base"]) == (theirs["source"], theirs["base"]), name
        assert _normalised(mine["params"]) == _normalised(theirs["params"]), name


def test_typed_bases_have_the_official_signatures(run_official: Callable[..., Any]) -> None:
    official = run_official(BASE_SIGNATURES)
    assert len(official) == 6 and _ours(BASE_SIGNATURES) == official


def test_cdm_dumps_equal_the_officials(run_official: Callable[..., Any]) -> None:
    official, ours = run_official(DUMPS), _ours(DUMPS)
    assert sorted(ours) == sorted(official)
    for key, value in official.items():
        assert ours[key] == value, key


def test_every_cdm_class_is_generated_on_the_typed_bases() -> None:
    public = [c for n, c in vars(v1).items() if inspect.isclass(c) and c.__module__ == v1.__name__ and n[0] != "_"]
    assert len(public) == len(v1.__all__) == 74
    for cls in public:
        assert issubclass(cls, (TypedNode, TypedNodeApply, TypedEdge, TypedEdgeApply))
        if not issubclass(cls, (TypedNodeApply, TypedEdgeApply)):
            write = getattr(v1, cls.__name__ + "Apply")
            assert inspect.signature(cls.as_write).return_annotation == write.__name__
