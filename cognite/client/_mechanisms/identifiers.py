"""Identifier items (`{"id": 1}`, `{"externalId": "x"}`, `{"instanceId": {...}}`) from user arguments."""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral
from typing import Any

from cognite.client._validation.check import InvalidInputType


def as_int_id(value: Any) -> int | None:
    """``value`` as a Python int if it is an integer (numpy integers too, as the official SDK accepts), else None."""
    if type(value) is int:
        return value
    if isinstance(value, Integral) and not isinstance(value, bool):
        return int(value)
    return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (str, int, dict, Integral)):
        return [value]
    if not isinstance(value, Sequence):
        # a numpy array of ids is a list of them; anything else is one identifier (validated by the caller)
        return value.tolist() if hasattr(value, "tolist") and getattr(value, "ndim", 0) == 1 else [value]
    return list(value)


def _instance_id(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        if set(value) >= {"space", "externalId"}:
            return {"space": value["space"], "externalId": value["externalId"]}
        raise ValueError(f"instance id must have 'space' and 'externalId', got {value!r}")
    if isinstance(value, tuple) and len(value) == 2:
        return {"space": value[0], "externalId": value[1]}
    space, xid = getattr(value, "space", None), getattr(value, "external_id", None)
    if isinstance(space, str) and isinstance(xid, str):
        return {"space": space, "externalId": xid}
    raise TypeError(f"instance id must be a NodeId, a (space, external_id) tuple or a dict, got {type(value).__name__}")


def identifier_items(ids: Any = None, external_ids: Any = None, instance_ids: Any = None) -> list[dict[str, Any]]:
    """Validate and convert identifiers to request items (ids first, then external ids, then instance ids).

    Example:
        >>> from cognite.client._mechanisms.identifiers import identifier_items
        >>> identifier_items(ids=[1, 2], external_ids="a")
        [{'id': 1}, {'id': 2}, {'externalId': 'a'}]
    """
    items: list[dict[str, Any]] = []
    for i in _as_list(ids):
        n = as_int_id(i)
        if n is None:
            raise TypeError(f"ids must be ints in [1, 2^53], got {i!r}")
        if not 1 <= n <= 2**53:  # a ValueError that old `except TypeError` code still catches
            raise InvalidInputType(f"ids must be ints in [1, 2^53], got {i!r}")
        items.append({"id": n})
    for x in _as_list(external_ids):
        if not isinstance(x, str) or not x:
            raise TypeError(f"external_ids must be non-empty strings, got {x!r}")
        items.append({"externalId": x})
    for inst in _as_list(instance_ids) if not isinstance(instance_ids, tuple) else [instance_ids]:
        items.append({"instanceId": _instance_id(inst)})
    return items


def single_identifier(id: int | None = None, external_id: str | None = None) -> dict[str, Any]:
    """The one identifier item of a call that takes ``id`` or ``external_id`` (exactly one, type-checked).

    Example:
        >>> from cognite.client._mechanisms.identifiers import single_identifier
        >>> single_identifier(external_id="pump")
        {'externalId': 'pump'}
    """
    if (id is None) == (external_id is None):
        raise ValueError("Give exactly one of id and external_id")
    if id is not None:
        n = as_int_id(id)
        if n is None:
            raise TypeError(f"id must be an int, not {type(id).__name__}")
        if not 1 <= n <= 2**53:
            raise InvalidInputType(f"id must be in [1, 2^53] (got {n})")
        return {"id": n}
    if not isinstance(external_id, str):
        raise TypeError(f"external_id must be a str, not {type(external_id).__name__}")
    return {"externalId": external_id}


def is_single(ids: Any = None, external_ids: Any = None, instance_ids: Any = None) -> bool:
    """True when exactly one scalar identifier was given (the call should return one object, not a list)."""
    given = [v for v in (ids, external_ids, instance_ids) if v is not None]
    if len(given) != 1:
        return False
    v = given[0]
    return isinstance(v, (int, str, dict, tuple, Integral)) or hasattr(v, "space")


def unwrap(item: Any) -> Any:
    """`{"id": 1}` -> 1, `{"externalId": "x"}` -> "x"; other values unchanged (what errors report)."""
    if isinstance(item, dict) and len(item) == 1:
        key, value = next(iter(item.items()))
        if key in ("id", "externalId"):
            return value
    return item


def identifier_of(obj: dict[str, Any]) -> dict[str, Any]:
    """The identifier item of a wire object: external id when set, else id, else instance id."""
    if obj.get("externalId") is not None:
        return {"externalId": obj["externalId"]}
    if obj.get("id") is not None:
        return {"id": obj["id"]}
    if obj.get("instanceId") is not None:
        return {"instanceId": obj["instanceId"]}
    raise ValueError(f"Object has no id, externalId or instanceId: {sorted(obj)}")
