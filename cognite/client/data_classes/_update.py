"""Fluent update builders derived from the spec's patch schemas.

``AssetUpdate(id=1).name.set("x").metadata.add({"k": "v"}).labels.remove(["L"])`` — the available properties and
their operations (set / setNull / add / remove) are generated from the patch model (``<Name>UpdateFields`` in
:mod:`._generated`, kinds from :func:`cognite.client.data_classes._spec.patch_kinds`); each operation returns the
owning update class, typed, for chaining.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar

from cognite.client.data_classes._base import CogniteObject, _dump_value
from cognite.client.data_classes._spec import to_camel

if TYPE_CHECKING:
    from typing_extensions import Self

UpdateMode = Literal["patch", "replace", "replace_ignore_null"]
U = TypeVar("U", bound="CogniteUpdate")


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


class _Property(Generic[U]):
    """One updatable property; each operation records itself and returns the owning update for chaining."""

    def __init__(self, update: U, name: str) -> None:
        self._update = update
        self._name = name

    def _op(self, op: str, value: Any) -> U:
        self._update._ops.setdefault(self._name, {})[op] = value
        return self._update


class SingleProperty(_Property[U]):
    def set(self, value: Any) -> U:
        """Set the value; ``None`` removes it (``setNull``)."""
        if value is None:
            return self._op("setNull", True)
        return self._op("set", _dump_value(value, True))

    def set_null(self) -> U:
        return self._op("setNull", True)


class RequiredSingleProperty(_Property[U]):
    def set(self, value: Any) -> U:
        """Set the value (this property cannot be removed)."""
        if value is None:
            raise ValueError(f"{self._name} cannot be set to None")
        return self._op("set", _dump_value(value, True))


class ObjectProperty(_Property[U]):
    def set(self, value: dict[str, Any] | None) -> U:
        """Replace the whole object; ``None`` clears it."""
        self._update._ops.pop(self._name, None)
        return self._op("set", {} if value is None else dict(value))

    def add(self, value: dict[str, Any]) -> U:
        """Add or overwrite these keys."""
        if not isinstance(value, dict):
            raise TypeError(f"{self._name}.add expects a dict")
        return self._op("add", dict(value))

    def remove(self, keys: Iterable[str] | str) -> U:
        """Remove these keys."""
        return self._op("remove", [keys] if isinstance(keys, str) else list(keys))


class ListProperty(_Property[U]):
    def set(self, value: Iterable[Any] | None) -> U:
        """Replace the whole list; ``None`` clears it."""
        self._update._ops.pop(self._name, None)
        return self._op("set", [] if value is None else _dump_value(list(value), True))

    def add(self, value: Iterable[Any] | Any) -> U:
        return self._op("add", _dump_value(_as_list(value), True))

    def remove(self, value: Iterable[Any] | Any) -> U:
        return self._op("remove", _dump_value(_as_list(value), True))


class LabelsProperty(_Property[U]):
    def set(self, value: Any) -> U:
        """Replace all labels (strings, ``Label`` or ``LabelDefinition``)."""
        self._update._ops.pop(self._name, None)
        return self._op("set", _label_refs(value))

    def add(self, value: Any) -> U:
        return self._op("add", _label_refs(value))

    def remove(self, value: Any) -> U:
        return self._op("remove", _label_refs(value))


class ColumnsProperty(_Property[U]):
    """Sequence columns: ``add`` column definitions, ``remove`` by external id (CDF's column patch)."""

    def add(self, columns: Any) -> U:
        return self._op("add", [c.as_write().dump() if hasattr(c, "as_write") else dict(c) for c in _as_list(columns)])

    def remove(self, external_ids: Any) -> U:
        return self._op("remove", [{"externalId": x} for x in _as_list(external_ids)])


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple, set)):
        return list(value)
    return [value]


class CogniteUpdate:
    """Base of every ``*Update`` class: identify the resource, then chain property operations.

    The generated base of each update class lists its properties, their kinds (``_PATCH_KINDS``) and the accepted
    identifiers (``_identifiers``).

    Example:
        >>> from cognite.client.data_classes import AssetUpdate
        >>> AssetUpdate(id=1).description.set("New").metadata.add({"k": "v"}).dump()
        {'id': 1, 'update': {'description': {'set': 'New'}, 'metadata': {'add': {'k': 'v'}}}}
    """

    _identifiers: ClassVar[tuple[str, ...]] = ("id", "external_id")
    _PATCH_KINDS: ClassVar[dict[str, str]] = {}

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
        return cls._PATCH_KINDS

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        """The item of an ``/update`` request."""
        out: dict[str, Any] = {to_camel(k) if camel_case else k: v for k, v in self._identifier.items()}
        out["update"] = {to_camel(k) if camel_case else k: v for k, v in self._ops.items()}
        return out

    @classmethod
    def _get_update_properties(cls) -> list[str]:
        return list(cls._kinds())

    @classmethod
    def from_resource(cls, resource: CogniteObject, mode: UpdateMode = "replace_ignore_null") -> Self:
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
