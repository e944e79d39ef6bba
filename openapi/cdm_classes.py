"""`python -m openapi.cdm_classes`: the core data model's typed classes, `cognite/client/data_classes/data_modeling/cdm/v1.py`,
from the core model the emulator holds as data (`cognite/emulator/dms/cdm_v1.json`).

Per view of `cdf_cdm` (v1): a `_<View>Properties` mixin (the view as `get_source()`, a `PropertyOptions` for each
attribute whose name is not the property identifier), a write class `<View>Apply` (on `TypedNodeApply` /
`TypedEdgeApply`) and a read class `<View>` (on `TypedNode` / `TypedEdge`). A view whose containers all serve
nodes and edges gets both pairs, `<View>Node(Apply)` and `<View>Edge(Apply)`. The classes hold declarations only:
loading and dumping is `typed_instances`' one mechanism. Rules, each read from the data unless stated:

- attributes: the snake_case of the property identifier, digits apart (`object3D` -> `object_3d`); a property
  named like an instance field (`type`, `version`: the fields `typed_instances` declares) takes its container's
  name as prefix (`CogniteAsset.type` -> `asset_type`, `CogniteSourceSystem.version` -> `source_system_version`).
- annotations from the container property's type (`list` -> `list[...]`, `enum` -> `Literal[...]`); a property
  that is not nullable is a required keyword. Written as `X | Omitted | None = OMITTED` on writes (left out of the
  dump unless given) and `X | None = None` on reads.
- reverse direct relations and edge connections (no container) are not attributes.
- `SYSTEM_MAINTAINED` (stated here: CDF writes these, the view definitions do not say so) are on reads only.
- `ANNOTATIONS` (stated here) names a richer type where a json property has a known shape.

`make generate` runs this step; `make check-generated` (and `--check`) reproduces it byte for byte.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi.paths import REPO_ROOT

SOURCE = REPO_ROOT / "cognite" / "emulator" / "dms" / "cdm_v1.json"
PACKAGE = REPO_ROOT / "cognite" / "client" / "data_classes" / "data_modeling" / "cdm"
OUTPUT = PACKAGE / "v1.py"
INIT = PACKAGE / "__init__.py"
SPACE, VERSION = "cdf_cdm", "v1"

#: (container, container property) that CDF maintains itself: readable, never written by a client
SYSTEM_MAINTAINED = frozenset(
    {
        ("CogniteAsset", "assetHierarchy_root"),
        ("CogniteAsset", "assetHierarchy_path"),
        ("CogniteAsset", "assetHierarchy_path_last_updated_time"),
        ("CogniteFile", "isUploaded"),
        ("CogniteFile", "uploadedTime"),
    }
)
#: (container, container property) -> the element type of a json property whose shape is known
ANNOTATIONS = {("CogniteStateSet", "states"): "StateSetEntry | dict[str, Any]"}

_SCALARS = {
    "text": "str",
    "int32": "int",
    "int64": "int",
    "float32": "float",
    "float64": "float",
    "boolean": "bool",
    "timestamp": "datetime",
    "date": "date",
    "json": "dict[str, Any]",
    "timeseries": "str",
    "file": "str",
    "sequence": "str",
}
_WORDS = re.compile(r"[A-Z]?[a-z]+|[0-9]+[A-Z]*|[A-Z]+(?![a-z])")


def snake(identifier: str) -> str:
    """``object3D`` -> ``object_3d``, ``startNodeXMin`` -> ``start_node_x_min``.

    Example:
        >>> snake("object3D"), snake("startNodeXMin"), snake("collection360"), snake("CADNode")
        ('object_3d', 'start_node_x_min', 'collection_360', 'cad_node')
    """
    return "_".join(w.lower() for w in _WORDS.findall(identifier))


def _instance_fields() -> frozenset[str]:
    from cognite.client.data_classes.data_modeling.typed_instances import _INSTANCE_FIELDS

    return frozenset(_INSTANCE_FIELDS)


@dataclass(frozen=True)
class Prop:
    identifier: str  # in the view
    attribute: str
    kind: str  # the annotation's element type (read form)
    is_list: bool
    direct: bool
    required: bool
    read_only: bool
    label: str

    def annotation(self, write: bool) -> str:
        element = "DirectRelationReference | tuple[str, str]" if self.direct and write else self.kind
        text = f"list[{element}]" if self.is_list else element
        if self.required:
            return text
        return f"{text} | Omitted | None" if write else f"{text} | None"


@dataclass(frozen=True)
class View:
    external_id: str
    label: str
    props: tuple[Prop, ...]
    used_for: str  # node | edge | all


def _prop(identifier: str, mapping: dict[str, Any], containers: dict[str, Any], reserved: frozenset[str]) -> Prop:
    container_id = mapping["container"]["externalId"]
    container = containers[(mapping["container"]["space"], container_id)]
    definition = container["properties"][mapping["containerPropertyIdentifier"]]
    wire_type = definition["type"]
    key = (container_id, mapping["containerPropertyIdentifier"])
    if wire_type["type"] == "enum":
        kind = "Literal[" + ", ".join(repr(v) for v in wire_type["values"]) + "]"
    elif wire_type["type"] == "direct":
        kind = "DirectRelationReference"
    else:
        kind = ANNOTATIONS.get(key) or _SCALARS[wire_type["type"]]
    attribute = snake(identifier)
    if attribute in reserved:  # would shadow an instance field: prefixed with its container's name
        attribute = snake(re.sub(r"^\d+D", "", container_id.removeprefix("Cognite"))) + "_" + attribute
    return Prop(
        identifier=identifier,
        attribute=attribute,
        kind=kind,
        is_list=bool(wire_type.get("list")),
        direct=wire_type["type"] == "direct",
        required=definition.get("nullable", True) is False,
        read_only=key in SYSTEM_MAINTAINED,
        label=mapping.get("description") or mapping.get("name") or definition.get("name") or identifier,
    )


def load_views(source: Path = SOURCE) -> list[View]:
    """The core model's views with their mapped properties, each view's inherited ones first (implements order)."""
    content = json.loads(source.read_text())
    containers = {(c["space"], c["externalId"]): c for c in content["containers"]}
    raw = {v["externalId"]: v for v in content["views"] if (v["space"], v["version"]) == (SPACE, VERSION)}
    reserved = _instance_fields()

    def order(xid: str, seen: list[str]) -> list[str]:
        for parent in raw[xid].get("implements") or []:
            if parent["externalId"] in raw:
                order(parent["externalId"], seen)
        seen.extend(sorted(p for p in raw[xid]["properties"] if p not in seen))
        return seen

    views = []
    for xid in sorted(raw):
        mapped = {k: m for k, m in raw[xid]["properties"].items() if "container" in m}
        props = [_prop(k, mapped[k], containers, reserved) for k in order(xid, []) if k in mapped]
        props.sort(key=lambda p: not p.required)  # required keywords first (stable: the order above otherwise)
        used = {containers[(m["container"]["space"], m["container"]["externalId"])]["usedFor"] for m in mapped.values()}
        used_for = "all" if used == {"all"} else "edge" if "edge" in used else "node"
        views.append(View(xid, raw[xid].get("name") or xid, tuple(props), used_for))
    return views


# -- rendering -----------------------------------------------------------------------------------------------------
_HEADER = '''"""The core data model's (``cdf_cdm``, v1) typed nodes and edges: write classes (``...Apply``) and read classes.

Generated by ``python -m openapi.cdm_classes`` from ``cognite/emulator/dms/cdm_v1.json``; do not edit.

Example:
    >>> from cognite.client.data_classes.data_modeling.cdm.v1 import CogniteAssetApply
    >>> CogniteAssetApply("my_space", "pump", name="Pump", parent=("my_space", "plant")).dump()["sources"][0]["properties"]
    {'name': 'Pump', 'parent': {'space': 'my_space', 'externalId': 'plant'}}
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from cognite.client._constants import OMITTED, Omitted
from cognite.client.data_classes.data_modeling.data_types import StateSetEntry
from cognite.client.data_classes.data_modeling.ids import DirectRelationReference, ViewId
from cognite.client.data_classes.data_modeling.typed_instances import (
    PropertyOptions,
    TypedEdge,
    TypedEdgeApply,
    TypedNode,
    TypedNodeApply,
)
'''

_BASE_PARAMS = {
    ("node", True): (["space: str", "external_id: str"], [], ["existing_version: int | None = None", "type: DirectRelationReference | tuple[str, str] | Omitted | None = OMITTED"]),
    ("edge", True): (
        ["space: str", "external_id: str", "type: DirectRelationReference | tuple[str, str]",
         "start_node: DirectRelationReference | tuple[str, str]", "end_node: DirectRelationReference | tuple[str, str]"],
        [],
        ["existing_version: int | None = None"],
    ),
    ("node", False): (
        ["space: str", "external_id: str", "version: int", "last_updated_time: int", "created_time: int"],
        [],
        ["type: DirectRelationReference | None = None", "deleted_time: int | None = None"],
    ),
    ("edge", False): (
        ["space: str", "external_id: str", "type: DirectRelationReference", "start_node: DirectRelationReference",
         "end_node: DirectRelationReference", "version: int", "last_updated_time: int", "created_time: int"],
        [],
        ["deleted_time: int | None = None"],
    ),
}  # fmt: skip
_SUPER = {
    ("node", True): "space, external_id, existing_version, type",
    ("edge", True): "space, external_id, type, start_node, end_node, existing_version",
    ("node", False): "space, external_id, version, last_updated_time, created_time, deleted_time, type",
    ("edge", False): "space, external_id, version, type, last_updated_time, created_time, start_node, end_node, "
    "deleted_time",
}
_BASE_DOCS = {
    "space": "The instance's space.",
    "external_id": "The instance's external id.",
    "version": "The instance's version (raised by each change).",
    "last_updated_time": "When the instance last changed, in ms since the epoch.",
    "created_time": "When the instance was created, in ms since the epoch.",
    "deleted_time": "When the instance was deleted (soft deletion), in ms since the epoch.",
    "existing_version": "Fail (or skip, with skip_on_version_conflict) the write if the instance is newer.",
    "type": "The instance's type (a node).",
    "start_node": "The node the edge starts at.",
    "end_node": "The node the edge ends at.",
}


def _param_doc(param: str) -> str:
    name, _, rest = param.partition(": ")
    annotation = rest.split(" = ")[0]
    return f"        {name} ({annotation}): {_BASE_DOCS[name]}"


def _describe(prop: Prop) -> str:
    text = f"the ``{prop.identifier}`` property" if prop.label == prop.identifier else prop.label
    return text[0].upper() + text[1:] + ("" if prop.label == prop.identifier else f" (``{prop.identifier}``)") + "."


def _class(view: View, kind: str, write: bool, name: str, mixin: str) -> str:
    base = {("node", True): "TypedNodeApply", ("edge", True): "TypedEdgeApply"}.get((kind, write)) or (
        "TypedNode" if kind == "node" else "TypedEdge"
    )
    props = [p for p in view.props if write is False or not p.read_only]
    leading, _, trailing = _BASE_PARAMS[(kind, write)]
    keywords = [
        f"{p.attribute}: {p.annotation(write)}" + ("" if p.required else f" = {'OMITTED' if write else 'None'}")
        for p in props
    ]
    signature = ", ".join(["self", *leading, "*", *keywords, *trailing])
    form = "write" if write else "read"
    docs = [_param_doc(p) for p in leading]
    docs += [f"        {p.attribute} ({p.annotation(write)}): {_describe(p)}" for p in props]
    docs += [_param_doc(p) for p in trailing]
    body = [f"        super().__init__({_SUPER[(kind, write)]})"] + [
        f"        self.{p.attribute} = {p.attribute}" for p in props
    ]
    text = (
        f"class {name}({mixin}, {base}):\n"
        f'    """{view.label} ({kind}, {form} form) of ``{SPACE}:{view.external_id}/{VERSION}``.\n\n'
        "    Args:\n" + "\n".join(docs) + '\n    """\n\n'
        f"    def __init__({signature}) -> None:\n" + "\n".join(body) + "\n"
    )
    if not write:
        write_name = name + "Apply"
        text += (
            f"\n    def as_write(self) -> {write_name}:\n"
            f'        """This {kind} as a {write_name} (its version as existing_version)."""\n'
            f"        return self._as_typed_write({write_name})\n"
        )
    return text


def _mixin(view: View) -> tuple[str, str]:
    name = f"_{view.external_id}Properties"
    lines = [f"class {name}:"]
    lines += [
        f"    {p.attribute} = PropertyOptions({p.identifier!r})" for p in view.props if p.attribute != p.identifier
    ]
    lines += [
        "",
        "    @classmethod",
        "    def get_source(cls) -> ViewId:",
        f'        """The view ``{SPACE}:{view.external_id}/{VERSION}``."""',
        f"        return ViewId({SPACE!r}, {view.external_id!r}, {VERSION!r})",
    ]
    return name, "\n".join(lines) + "\n"


def render(views: list[View]) -> str:
    parts = [_HEADER]
    names: list[str] = []
    for view in views:
        mixin, text = _mixin(view)
        parts.append(text)
        kinds = [("node", "Node"), ("edge", "Edge")] if view.used_for == "all" else [(view.used_for, "")]
        for kind, suffix in kinds:
            for write in (True, False):
                name = view.external_id + suffix + ("Apply" if write else "")
                parts.append(_class(view, kind, write, name, mixin))
                names.append(name)
    parts.append("__all__ = [" + ", ".join(repr(n) for n in sorted(names)) + "]\n")
    return "\n\n".join(parts)


INIT_TEXT = '''"""The core data model's typed classes, by version (``cdm.v1``); generated by ``python -m openapi.cdm_classes``."""
'''


def _ruff(path: Path) -> None:
    exe = Path(sys.executable).with_name("ruff")
    ruff = str(exe) if exe.exists() else "ruff"
    common = ["--no-cache", "--config", str(REPO_ROOT / "pyproject.toml")]
    subprocess.run([ruff, "check", *common, "--fix-only", "--select", "I,F401", "--quiet", str(path)], check=True)
    subprocess.run([ruff, "format", *common, "--quiet", str(path)], check=True)


def build(out: Path) -> None:
    out.write_text(render(load_views()))
    _ruff(out)


def drift() -> list[Path]:
    """The committed files that differ from a fresh rendering."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / OUTPUT.name
        build(fresh)
        stale = [] if OUTPUT.exists() and fresh.read_bytes() == OUTPUT.read_bytes() else [OUTPUT]
    if not INIT.exists() or INIT.read_text() != INIT_TEXT:
        stale.append(INIT)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed modules are out of date")
    args = parser.parse_args(argv)
    if args.check:
        stale = drift()
        for path in stale:
            print(f"{path.relative_to(REPO_ROOT)}: out of date (run `make generate`)")
        return 1 if stale else 0
    PACKAGE.mkdir(parents=True, exist_ok=True)
    INIT.write_text(INIT_TEXT)
    build(OUTPUT)
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
