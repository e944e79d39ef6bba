"""Fluent update builders derived from the spec's patch schemas.

``AssetUpdate(id=1).name.set("x").metadata.add({"k": "v"}).labels.remove(["L"])`` — the available properties and
their operations (set / setNull / add / remove) come from the generated patch model (``_patch_model``), see
:func:`cognite.client.data_classes._spec.patch_kinds`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Literal

from cognite.client.data_classes import _spec
from cognite.client.data_classes._base import CogniteObject, _dump_value
from cognite.client.data_classes._spec import to_camel

UpdateMode = Literal["patch", "replace", "replace_ignore_null"]


def _label_refs(labels: Any) -> list[dict[str, Any]]:
    if labels is None:
        return []
    if isinstance(labels, (str, dict, CogniteObject)):
        labels = [labels]
    out: list[dict[str, Any]] = []
    for label in labels:
        if isinstance(label, str):
            out.append({"externalId": label})
        elif isinstance(label, dict):
            out.append({"externalId": label.get("externalId", label.get("external_id"))})
        else:
            out.append({"externalId": label.external_id})
    return out


class _Property:
    """One updatable property; each operation records itself and returns the owning update for chaining."""

    def __init__(self, update: CogniteUpdate, name: str) -> None:
        self._update = update
        self._name = name

    def _op(self, op: str, value: Any) -> CogniteUpdate:
        self._update._ops.setdefault(self._name, {})[op] = value
        return self._update


class SingleProperty(_Property):
    def set(self, value: Any) -> CogniteUpdate:
        """Set the value; ``None`` removes it (``setNull``)."""
        if value is None:
            return self._op("setNull", True)
        return self._op("set", _dump_value(value, True))

    def set_null(self) -> CogniteUpdate:
        return self._op("setNull", True)


class RequiredSingleProperty(_Property):
    def set(self, value: Any) -> CogniteUpdate:
        """Set the value (this property cannot be removed)."""
        if value is None:
            raise ValueError(f"{self._name} cannot be set to None")
        return self._op("set", _dump_value(value, True))


class ObjectProperty(_Property):
    def set(self, value: dict[str, Any] | None) -> CogniteUpdate:
        """Replace the whole object; ``None`` clears it."""
        self._update._ops.pop(self._name, None)
        return self._op("set", {} if value is None else dict(value))

    def add(self, value: dict[str, Any]) -> CogniteUpdate:
        """Add or overwrite these keys."""
        if not isinstance(value, dict):
            raise TypeError(f"{self._name}.add expects a dict")
        return self._op("add", dict(value))

    def remove(self, keys: Iterable[str] | str) -> CogniteUpdate:
        """Remove these keys."""
        return self._op("remove", [keys] if isinstance(keys, str) else list(keys))


class ListProperty(_Property):
    def set(self, value: Iterable[Any] | None) -> CogniteUpdate:
        """Replace the whole list; ``None`` clears it."""
        self._update._ops.pop(self._name, None)
        return self._op("set", [] if value is None else _dump_value(list(value), True))

    def add(self, value: Iterable[Any] | Any) -> CogniteUpdate:
        return self._op("add", _dump_value(_as_list(value), True))

    def remove(self, value: Iterable[Any] | Any) -> CogniteUpdate:
        return self._op("remove", _dump_value(_as_list(value), True))


class LabelsProperty(_Property):
    def set(self, value: Any) -> CogniteUpdate:
        """Replace all labels (strings, ``Label`` or ``LabelDefinition``)."""
        self._update._ops.pop(self._name, None)
        return self._op("set", _label_refs(value))

    def add(self, value: Any) -> CogniteUpdate:
        return self._op("add", _label_refs(value))

    def remove(self, value: Any) -> CogniteUpdate:
        return self._op("remove", _label_refs(value))


class ColumnsProperty(_Property):
    """Sequence columns: ``add`` column definitions, ``remove`` by external id (CDF's column patch)."""

    def add(self, columns: Any) -> CogniteUpdate:
        return self._op("add", [c.as_write().dump() if hasattr(c, "as_write") else dict(c) for c in _as_list(columns)])

    def remove(self, external_ids: Any) -> CogniteUpdate:
        return self._op("remove", [{"externalId": x} for x in _as_list(external_ids)])


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple, set)):
        return list(value)
    return [value]


_PROPERTY_CLASSES: dict[str, type[_Property]] = {
    "single": SingleProperty,
    "single_required": RequiredSingleProperty,
    "object": ObjectProperty,
    "list": ListProperty,
    "labels": LabelsProperty,
    "columns": ColumnsProperty,
}


class CogniteUpdate:
    """Base of every ``*Update`` class: identify the resource, then chain property operations.

    Subclasses only name the generated patch model (``_patch_model``); ``_identifiers`` lists the accepted ids.

    Example:
        >>> from cognite.client.data_classes import AssetUpdate
        >>> AssetUpdate(id=1).description.set("New").metadata.add({"k": "v"}).dump()
        {'id': 1, 'update': {'description': {'set': 'New'}, 'metadata': {'add': {'k': 'v'}}}}
    """

    _patch_model: ClassVar[str]
    _identifiers: ClassVar[tuple[str, ...]] = ("id", "external_id")
    _extra_kinds: ClassVar[dict[str, str]] = {}  # overrides for patch shapes the generic kinds do not cover

    def __init__(self, id: int | None = None, external_id: str | None = None, **identifier: Any) -> None:
        given = {k: v for k, v in {"id": id, "external_id": external_id, **identifier}.items() if v is not None}
        unknown = [k for k in given if k not in self._identifiers]
        if unknown:
            raise TypeError(f"{type(self).__name__} is identified by {self._identifiers}, not {unknown}")
        if len(given) != 1:
            raise ValueError(f"{type(self).__name__} needs exactly one of {', '.join(self._identifiers)}")
        self._identifier = given
        self._ops: dict[str, dict[str, Any]] = {}

    @classmethod
    def _kinds(cls) -> dict[str, str]:
        return {**_spec.patch_kinds(cls._patch_model), **cls._extra_kinds}

    def __getattr__(self, name: str) -> _Property:
        if name.startswith("_"):
            raise AttributeError(name)
        kind = self._kinds().get(name)
        if kind is None:
            raise AttributeError(f"{type(self).__name__} has no updatable property {name!r}")
        return _PROPERTY_CLASSES[kind](self, name)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        """The item of an ``/update`` request."""
        out: dict[str, Any] = {to_camel(k) if camel_case else k: v for k, v in self._identifier.items()}
        out["update"] = {to_camel(k) if camel_case else k: v for k, v in self._ops.items()}
        return out

    @classmethod
    def _get_update_properties(cls) -> list[str]:
        return list(cls._kinds())

    @classmethod
    def from_resource(cls, resource: CogniteObject, mode: UpdateMode = "replace_ignore_null") -> CogniteUpdate:
        """Build the update that makes CDF's copy match ``resource``.

        ``patch``: set given fields, add to metadata/labels; ``replace_ignore_null``: set given fields;
        ``replace``: also clear every updatable field the resource leaves unset.

        Example:
            >>> from cognite.client.data_classes import Asset, AssetUpdate
            >>> AssetUpdate.from_resource(Asset(external_id="a", name="n"), mode="patch").dump()
            {'externalId': 'a', 'update': {'name': {'set': 'n'}}}
        """
        if mode not in ("patch", "replace", "replace_ignore_null"):
            raise ValueError(f"mode must be 'patch', 'replace' or 'replace_ignore_null', not {mode!r}")
        ident = {k: getattr(resource, k, None) for k in cls._identifiers}
        chosen = next(((k, v) for k, v in ident.items() if v is not None), None)
        if chosen is None:
            raise ValueError(f"{type(resource).__name__} has no {' or '.join(cls._identifiers)} to update by")
        upd = cls(**{chosen[0]: chosen[1]})
        for name, kind in cls._kinds().items():
            if name in cls._identifiers and name == chosen[0]:
                continue
            value = getattr(resource, name, None)
            prop = getattr(upd, name)
            if not hasattr(prop, "set"):  # e.g. sequence columns: only explicit add/remove/modify
                continue
            if value is None:
                if mode == "replace" and kind != "single_required" and name not in cls._identifiers:
                    prop.set(None)
                continue
            if mode == "patch" and kind in ("object", "labels", "list"):
                prop.add(value)
            else:
                prop.set(value)
        return upd
