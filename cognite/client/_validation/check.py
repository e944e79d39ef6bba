"""Applies the spec's constraints to wire-form (camelCase) write items; the first violation raises, naming
the call, the item and the rule, e.g. ``assets.create: items[3].externalId: at most 255 characters (got 300)``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cognite.client._validation.schema import rules_for

_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list, tuple),
}


class InvalidInput(ValueError):
    """Bad input found before sending (a ValueError, so ``except ValueError`` catches it)."""


class InvalidInputType(InvalidInput, TypeError):
    """Bad input of the wrong type (both a ValueError and a TypeError)."""


def _type_ok(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind != "boolean":
        return False
    types = _PY_TYPES.get(kind)
    return types is None or isinstance(value, types)


def _check_value(where: str, value: Any, rule: dict[str, Any]) -> None:
    kind = rule.get("type")
    if kind is not None and not _type_ok(value, kind):
        raise InvalidInputType(f"{where}: must be of type {kind} (got {type(value).__name__} {value!r:.60})")
    if isinstance(value, str):
        if "maxLength" in rule and len(value) > rule["maxLength"]:
            raise InvalidInput(f"{where}: at most {rule['maxLength']} characters (got {len(value)})")
        if "minLength" in rule and len(value) < rule["minLength"]:
            raise InvalidInput(f"{where}: at least {rule['minLength']} characters (got {len(value)})")
    elif isinstance(value, (int, float)):
        if "minimum" in rule and value < rule["minimum"]:
            raise InvalidInput(f"{where}: at least {rule['minimum']} (got {value})")
        if "maximum" in rule and value > rule["maximum"]:
            raise InvalidInput(f"{where}: at most {rule['maximum']} (got {value})")
    elif isinstance(value, (list, tuple)):
        if "maxItems" in rule and len(value) > rule["maxItems"]:
            raise InvalidInput(f"{where}: at most {rule['maxItems']} elements (got {len(value)})")
        if "minItems" in rule and len(value) < rule["minItems"]:
            raise InvalidInput(f"{where}: at least {rule['minItems']} elements (got {len(value)})")
        element = rule.get("items")
        if element:
            for i, v in enumerate(value):
                if v is None:
                    raise InvalidInput(f"{where}[{i}]: must not be None")
                _check_value(f"{where}[{i}]", v, element)
    elif isinstance(value, dict) and "maxKeyLength" in rule:
        _check_metadata(where, value, rule)


def _check_metadata(where: str, value: dict[Any, Any], rule: dict[str, Any]) -> None:
    if "maxProperties" in rule and len(value) > rule["maxProperties"]:
        raise InvalidInput(f"{where}: at most {rule['maxProperties']} key-value pairs (got {len(value)})")
    total = 0
    for key, v in value.items():
        if not isinstance(key, str):
            raise InvalidInputType(f"{where}: keys must be strings (got {type(key).__name__} {key!r:.60})")
        if not isinstance(v, str):
            raise InvalidInputType(f"{where}[{key!r}]: values must be strings (got {type(v).__name__})")
        key_bytes, value_bytes = len(key.encode()), len(v.encode())
        if key_bytes > rule["maxKeyLength"]:
            raise InvalidInput(f"{where}: keys at most {rule['maxKeyLength']} bytes (got {key_bytes})")
        if "maxValueLength" in rule and value_bytes > rule["maxValueLength"]:
            raise InvalidInput(f"{where}[{key!r}]: at most {rule['maxValueLength']} bytes (got {value_bytes})")
        total += key_bytes + value_bytes
    if "maxTotalSize" in rule and total > rule["maxTotalSize"]:
        raise InvalidInput(f"{where}: at most {rule['maxTotalSize']} bytes in total (got {total})")


def check_item(call: str, index: int, item: dict[str, Any], rules: dict[str, Any]) -> None:
    fields = rules["fields"]
    for name, value in item.items():
        rule = fields.get(name)
        if rule is not None and value is not None:
            _check_value(f"{call}: items[{index}].{name}", value, rule)


def check_write_items(call: str, path: str, items: Sequence[dict[str, Any]]) -> None:
    """Raise InvalidInput for the first item at `path` that breaks the spec's constraints (no table entry: no-op)."""
    rules = rules_for(path)
    if rules is None:
        return
    for index, item in enumerate(items):
        check_item(call, index, item, rules)


_ID_RULE = {"type": "integer", "minimum": 1, "maximum": 2**53 - 1}
_OPERATIONS = ("set", "setNull", "add", "remove", "modify")


def _check_identifier(where: str, item: dict[str, Any], fields: dict[str, Any]) -> None:
    given = [k for k in ("id", "externalId", "instanceId") if k in item]
    if len(given) != 1:
        raise InvalidInput(f"{where}: needs exactly one of id / externalId / instanceId (got keys {sorted(item)})")
    key = given[0]
    if key == "id":
        _check_value(f"{where}.id", item["id"], _ID_RULE)
    elif key == "externalId" and "externalId" in fields:
        _check_value(f"{where}.externalId", item["externalId"], {**fields["externalId"], "minLength": 1})


def _check_change(where: str, change: Any, rule: dict[str, Any] | None, required: bool) -> None:
    """One field's change object: {"set": v} | {"setNull": true} | {"add": ..., "remove": ...}."""
    if not isinstance(change, dict) or not change or set(change) - set(_OPERATIONS):
        raise InvalidInputType(
            f"{where}: must be a change object like {{'set': value}}, {{'setNull': True}} or"
            f" {{'add': [...], 'remove': [...]}} (got {change!r:.60})"
        )
    if "setNull" in change:
        if change["setNull"] is not True or len(change) != 1:
            raise InvalidInput(f"{where}: 'setNull' must be True and alone (got {change!r:.60})")
        if required:
            raise InvalidInput(f"{where}: is required, it cannot be set to null")
        return
    if rule is None:
        return
    if "set" in change:
        if len(change) != 1:
            raise InvalidInput(f"{where}: 'set' cannot be combined with {sorted(set(change) - {'set'})}")
        if change["set"] is None:
            raise InvalidInput(f"{where}.set: must not be None (use {{'setNull': True}})")
        _check_value(f"{where}.set", change["set"], rule)
        return
    kind = rule.get("type")
    for op in ("add", "remove"):
        if op not in change:
            continue
        value = change[op]
        if kind == "array":
            _check_value(f"{where}.{op}", value, {"type": "array", "items": rule.get("items", {})})
            if op == "add" and "maxItems" in rule and len(value) > rule["maxItems"]:
                raise InvalidInput(f"{where}.add: at most {rule['maxItems']} elements (got {len(value)})")
        elif kind == "object" and op == "add":
            _check_value(f"{where}.add", value, rule)
        elif kind == "object":  # remove: the keys to drop
            if not isinstance(value, (list, tuple)) or not all(isinstance(k, str) for k in value):
                raise InvalidInputType(f"{where}.remove: must be a list of keys (strings) (got {value!r:.60})")
        else:
            raise InvalidInput(f"{where}: {kind} fields take 'set' or 'setNull', not {op!r}")


def check_update_items(call: str, path: str, items: Sequence[Any]) -> None:
    """Raise InvalidInput for the first update item (``{"id"|"externalId", "update": {field: change}}``) that is
    malformed or whose new values break the constraints of the items created at `path` (no table entry: no-op)."""
    rules = rules_for(path)
    if rules is None:
        return
    fields, required = rules["fields"], set(rules.get("required", ()))
    for index, item in enumerate(items):
        where = f"{call}: items[{index}]"
        if not isinstance(item, dict):
            raise InvalidInputType(f"{where}: must be an update object or dict (got {type(item).__name__})")
        _check_identifier(where, item, fields)
        update = item.get("update")
        if not isinstance(update, dict):
            raise InvalidInputType(f"{where}.update: must be a dict of field changes (got {update!r:.60})")
        for name, change in update.items():
            _check_change(f"{where}.update.{name}", change, fields.get(name), name in required)
