"""What the spec's request schemas say about a resource's items: required fields and patch kinds.

Read from the generated request models (`cdf_api.models`: each model's `_REQUIRED` wire names and `_FIT` shape), so
a declared emulator resource validates creates and updates as CDF does without re-typing the schema. Items that are
one of several variants (hosted extractor sources: `type` = "mqtt5", "eventhub", ...) are checked against the
variant their constant `type` names.
"""

from __future__ import annotations

import importlib
import inspect
import re
from functools import cache
from typing import Any

from cdf_api.operations import OPERATIONS

from cognite.client.data_classes._spec import patch_kinds
from cognite.emulator.http import CDFError

# the client-side patch kinds (cognite.client.data_classes._spec) as the emulator's update rules
_SUCCESS = re.compile(r"\bresponse_(2\d\d)\b")
_RULES = {"single": "set", "single_required": "required", "object": "map", "list": "list", "labels": "labels"}


def _models() -> Any:
    return importlib.import_module("cdf_api.models")


@cache
def item_variants(method: str, path: str) -> tuple[type, ...]:
    """The generated model(s) an item of the request body's `items` may be (several for a oneOf)."""
    found = [info for info in OPERATIONS.values() if info.method == method and info.path == path]
    if not found:
        return ()
    build = importlib.import_module(found[0].module).build_request
    body = build.__annotations__.get("body")
    body_name = str(body).split("|")[0].strip() if body is not None else ""  # "ItemsUpdateSource | Unset"
    body_cls = getattr(_models(), body_name, None) if body_name else None
    shape = getattr(body_cls, "_FIT", {}).get("items")
    if not shape or shape[0] != "l":
        return ()
    inner = shape[1]
    names = [m[1] for m in inner[1]] if inner[0] == "u" else [inner[1]] if inner[0] == "m" else []
    return tuple(getattr(_models(), n) for n in names)


@cache
def success_status(method: str, path: str) -> int | None:
    """The status the spec documents for the operation's success (read from its generated ``parse_response``)."""
    found = [info for info in OPERATIONS.values() if info.method == method and info.path == path]
    if not found:
        return None
    parse = importlib.import_module(found[0].module).parse_response
    match = _SUCCESS.search(inspect.getsource(parse))
    return int(match.group(1)) if match else None


def _constant_type(model: type) -> Any:
    fit = getattr(model, "_FIT", {}).get("type")
    return fit[1] if isinstance(fit, tuple) and fit[0] == "c" else None


def variant_of(item: dict[str, Any], variants: tuple[type, ...]) -> type | None:
    """The variant of `item` (by its `type` when the variants are told apart so); 400 for an unknown type."""
    if len(variants) <= 1:
        return variants[0] if variants else None
    by_type = {_constant_type(v): v for v in variants}
    if None in by_type:
        return None  # variants without a discriminator: only the fields all of them require are checked
    if item.get("type") not in by_type:
        raise CDFError(400, f"type must be one of {sorted(by_type)}, not {item.get('type')!r}")
    return by_type[item["type"]]


def required_of(item: dict[str, Any], variants: tuple[type, ...]) -> tuple[str, ...]:
    """The wire names of the fields `item` must have."""
    model = variant_of(item, variants)
    if model is not None:
        return tuple(model._REQUIRED)  # type: ignore[attr-defined]
    common = [set(v._REQUIRED) for v in variants]  # type: ignore[attr-defined]
    return tuple(sorted(set.intersection(*common))) if common else ()


def check_required(item: dict[str, Any], variants: tuple[type, ...]) -> None:
    for field in required_of(item, variants):
        if item.get(field) is None:
            raise CDFError(400, f"{field} may not be null")


@cache
def update_rules(path: str) -> dict[str, str]:
    """{wire field: emulator update rule} over every variant of the update items at `path`."""
    rules: dict[str, str] = {}
    for model in item_variants("POST", path):
        for field, kind in patch_kinds(model.__name__).items():
            rules.setdefault(_camel(field), _RULES[kind])
    return rules


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)
