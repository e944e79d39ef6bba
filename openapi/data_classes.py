"""`python -m openapi.data_classes`: typed field declarations of the ergonomic data classes, from the generated models.

The table in `openapi/data_class_table.py` is the only hand-written input: per ergonomic class, the generated model(s) it mirrors, the official
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs
import jinja2

from cognite.client.data_classes._spec import patch_kinds, to_camel  # the package imports lazily: no data classes
from openapi.data_class_table import AREA_CLASSES, DATA_CLASSES, UPDATE_CLASSES, DataClass, UpdateClass
from openapi.paths import GENERATED_DIR, REPO_ROOT, TEMPLATES_DIR

OUTPUT = REPO_ROOT / "cognite" / "client" / "data_classes" / "_generated.py"
TEMPLATE = "data_classes.py.jinja"

_IDENTIFIER_TYPES = {"id": "int", "external_id": "str", "instance_id": "dict[str, Any] | Any", "username": "str"}
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
            if name not in found and name not in dc.exclude:
                found[name] = (annotation, required and i == 0)
    types: dict[str, tuple[str, bool]] = {}
    for name, (annotation, required) in found.items():
        text, nullable = python_type(annotation)
        types[name] = (dc.types.get(name, text), (required and not nullable) or name in dc.required)
    for name, annotation in dc.extra.items():
        types.setdefault(name, (annotation, True))  # as written
    unknown = [n for n in (*dc.order, *dc.types, *dc.init_types, *dc.required) if n not in types]
    if unknown:
        raise SystemExit(f"{dc.name}: {unknown} are not fields of {models} (table in openapi/data_class_table.py)")
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
    fields = [f for f in _model_fields(dc.write, dc.renames) if f[0] not in dc.exclude]
    return tuple(n for n, _, _ in fields), tuple(n for n, _, r in fields if r)


def update_properties(uc: UpdateClass) -> list[tuple[str, str, str]]:
    """(property, kind, property class) per updatable field of the patch model."""
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
                "nested": {f.name: _in_area(f.nested()) for f in fields if f.nested()},
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
    imports = _imports(classes)
    area = _area()
    area_imports: dict[str, list[str]] = {}
    for name in imports:
        if name in area:
            area_imports.setdefault(area[name], []).append(name)
    return env.get_template(TEMPLATE).render(
        classes=classes,
        updates=updates,
        imports=[n for n in imports if n not in area],
        area_imports=dict(sorted(area_imports.items())),
    )


def _area() -> dict[str, str]:
    """class name -> its area module, for the classes not exported top-level."""
    return {**{dc.name: dc.module for dc in DATA_CLASSES if dc.module}, **AREA_CLASSES}


def _in_area(loader: str | None) -> str | None:
    """``Nested('SessionWrite')`` of a class living in an area module -> ``Nested('hosted_extractors.SessionWrite')``."""
    area = _area()
    if loader is None:
        return None
    return re.sub(
        r"Nested\('(\w+)'",
        lambda m: f"Nested('{area[m.group(1)]}.{m.group(1)}'" if m.group(1) in area else m.group(0),
        loader,
    )


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
