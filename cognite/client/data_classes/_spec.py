"""Read field lists and patch shapes from the generated models (``cdf_api.models``).

The ergonomic data classes never re-declare the spec's fields: they ask this module, which introspects the attrs
classes generated from the OpenAPI spec. A spec bump therefore updates every data class on regeneration.
Results are cached; the generated models are imported lazily, on first use of a data class.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from typing import Any, Literal

PatchKind = Literal["single", "single_required", "object", "list", "labels"]

_CAMEL_RE = re.compile(r"_([a-z0-9])")
_SNAKE_RE = re.compile(r"(?<=[a-z0-9])([A-Z])")
_TYPE_SPLIT = re.compile(r"[|\[\],\s]+")
_BUILTIN_TYPES = {"str", "int", "float", "bool", "Any", "None", "Unset", "list", "dict", "File", "Union", "datetime"}


@functools.lru_cache(maxsize=4096)
def to_camel(name: str) -> str:
    """``external_id`` -> ``externalId`` (idempotent on camelCase input)."""
    return _CAMEL_RE.sub(lambda m: m.group(1).upper(), name)


@functools.lru_cache(maxsize=4096)
def to_snake(name: str) -> str:
    """``externalId`` -> ``external_id`` (idempotent on snake_case input)."""
    return _SNAKE_RE.sub(r"_\1", name).lower()


def _models() -> Any:
    return importlib.import_module("cdf_api.models")


def model(name: str) -> type:
    """The generated attrs class called ``name`` (raises a clear error when the generated layer lacks it)."""
    try:
        cls = getattr(_models(), name)
    except (ImportError, AttributeError) as e:
        raise ImportError(f"Generated model cdf_api.models.{name} is not available (regenerate cdf_api): {e}") from e
    import attrs  # with the generated models it inspects (not at client import: ~12 ms of a cold start)

    if not attrs.has(cls):
        raise TypeError(f"cdf_api.models.{name} is not an attrs model")
    return cls


@dataclass(frozen=True)
class FieldInfo:
    name: str  # python (snake_case) name
    json_name: str  # camelCase name on the wire
    type_names: tuple[str, ...]  # generated model classes mentioned in the annotation (unions flattened)
    is_list: bool
    required: bool


def _type_names(annotation: Any) -> tuple[tuple[str, ...], bool]:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", repr(annotation))
    is_list = "list[" in text.replace("List[", "list[")
    names = tuple(t for t in _TYPE_SPLIT.split(text.replace("typing.", "")) if t and t not in _BUILTIN_TYPES)
    return tuple(n.strip("'\"") for n in names), is_list


def _public_name(generated: str) -> str:
    """The generator suffixes names that shadow builtins/keywords (``type_``, ``filter_``); we use the plain name."""
    return generated[:-1] if generated.endswith("_") and len(generated) > 1 else generated


@functools.lru_cache(maxsize=1024)
def fields(model_name: str) -> tuple[FieldInfo, ...]:
    """Fields of a generated model, in declaration order, without ``additional_properties``.

    ``"AssetFilter.filter"`` names the model typing the ``filter`` member of ``AssetFilter`` (inline objects).
    """
    if "." in model_name:
        parent, _, member = model_name.rpartition(".")
        model_name = nested_model(parent, member)
    out = []
    import attrs

    for f in attrs.fields(model(model_name)):
        if f.name == "additional_properties":
            continue
        names, is_list = _type_names(f.type)
        name = _public_name(f.name)
        out.append(FieldInfo(name, to_camel(name), names, is_list, f.default is attrs.NOTHING))
    return tuple(out)


def field_names(*model_names: str) -> tuple[str, ...]:
    """Union of the snake_case field names of several models, first-seen order."""
    seen: dict[str, None] = {}
    for m in model_names:
        for f in fields(m):
            seen.setdefault(f.name, None)
    return tuple(seen)


def nested_model(model_name: str, field_name: str) -> str:
    """Name of the generated model that types ``field_name`` of ``model_name`` (e.g. the inline ``filter`` object)."""
    for f in fields(model_name):
        if f.name == field_name:
            for n in f.type_names:
                if n != "Unset":
                    return n
    raise KeyError(f"{model_name}.{field_name} has no model type")


def _member_fields(type_name: str) -> set[str]:
    """Field names of one union member (empty for builtins and field-less wrappers)."""
    try:
        return {f.name for f in fields(type_name)}
    except (ImportError, TypeError, AttributeError):
        return set()


@functools.lru_cache(maxsize=256)
def patch_kinds(patch_model: str) -> dict[str, PatchKind]:
    """``{field: kind}`` for a patch schema such as ``AssetPatch`` (whose ``update`` member holds the fields).

    The kind is read from the generated union members of each field: a member with ``add``/``remove`` makes it a
    container (object when ``set`` holds a map, labels when the field is ``labels``), a member with ``set_null``
    makes it nullable, otherwise it is a required single value.
    """
    names = {f.name for f in fields(patch_model)}
    update_model = nested_model(patch_model, "update") if "update" in names else patch_model
    kinds: dict[str, PatchKind] = {}
    for f in fields(update_model):
        member_fields: set[str] = set()
        for tn in f.type_names:
            member_fields |= _member_fields(tn)
        kinds[f.name] = _classify(f.name, f.type_names, member_fields)
    return kinds


def _classify(name: str, type_names: tuple[str, ...], member_fields: set[str]) -> PatchKind:
    """Member fields decide; the spec's naming (ObjectPatch*, ArrayPatch*, *Remove) breaks ties for members the
    generator kept field-less."""
    joined = " ".join(type_names).lower()
    if name == "labels" or "labels" in joined:
        return "labels"
    if "add" in member_fields or "remove" in member_fields or "addremove" in joined:
        if "objectpatch" in joined or name == "metadata" or _is_map_set(type_names):
            return "object"
        return "list"
    if "objectpatch" in joined:
        return "object"
    if "arraypatch" in joined:
        return "list"
    if "set_null" in member_fields or "remove" in joined or "setnull" in joined:
        return "single"
    return "single_required"


def _is_map_set(type_names: tuple[str, ...]) -> bool:
    for tn in type_names:
        try:
            for f in fields(tn):
                if (
                    f.name == "set"
                    and not f.is_list
                    and any("dict" in t.lower() or "set" in t.lower() for t in f.type_names)
                ):
                    return True
        except (ImportError, TypeError, AttributeError):
            continue
    return False
