"""CDF's update operations (set / setNull / add / remove) applied by a per-field rule."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from cognite.emulator.http import CDFError
from cognite.emulator.store import Item

# Update rules: "set" (set / setNull), "required" (set only), "map" (set / add / remove keys),
# "list" (set / add / remove values), "labels" (set / add / remove by externalId), "custom" (Resource.custom_update).
UPDATE_KINDS = frozenset({"set", "required", "map", "list", "labels", "custom"})


def apply_update(
    item: Item,
    update: dict[str, Any],
    rules: dict[str, str],
    label: str,
    custom: Callable[[Item, str, dict[str, Any]], None] | None = None,
) -> Item:
    """A new item with CDF update operations applied; 400 for unknown fields or operations."""
    if not isinstance(update, dict):
        raise CDFError(400, "update must be an object")
    new = dict(item)
    for field, op in update.items():
        kind = rules.get(field)
        if kind is None:
            raise CDFError(400, f"Unrecognized field in {label} update: {field}")
        if not isinstance(op, dict) or not op:
            raise CDFError(400, f"Invalid update of {field}: {op}")
        if kind == "custom" and custom is not None:
            custom(new, field, op)
            continue
        if "setNull" in op:
            if kind == "required":
                raise CDFError(400, f"{field} may not be set to null")
            if op["setNull"]:
                new.pop(field, None)
            continue
        if "set" in op:
            value = op["set"]
            if value is None and kind == "required":
                raise CDFError(400, f"{field} may not be set to null")
            new[field] = copy.deepcopy(value)
            continue
        if kind == "map":
            current = dict(new.get(field) or {})
            for k in op.get("remove") or ():
                current.pop(k, None)
            current.update(op.get("add") or {})
            new[field] = current
        elif kind in ("list", "labels"):
            values = list(new.get(field) or [])
            ident = (lambda v: v.get("externalId")) if kind == "labels" else (lambda v: v)
            remove = {ident(v) for v in op.get("remove") or ()}
            values = [v for v in values if ident(v) not in remove]
            present = {ident(v) for v in values}
            for v in op.get("add") or ():
                if ident(v) not in present:
                    values.append(v)
                    present.add(ident(v))
            new[field] = values
        else:
            raise CDFError(400, f"Invalid update of {field}: {sorted(op)}")
    return new
