"""The one mechanism behind the hand-written schema data classes (property types, containers, views, data models).

A class writes its typed ``__init__`` (the official SDK's parameters, in order) and calls ``self._init(locals())``;
its field names and defaults are read from that signature once, at class creation, so nothing is listed twice.
Polymorphic families (property types, constraints, indexes, view properties) name a discriminator: the wire key
and this class's value (``("type", "text")``); the family's base class loads the right subclass from it.
"""

from __future__ import annotations

import inspect
from typing import Any, ClassVar

from typing_extensions import Self

from cognite.client.data_classes._base import CogniteResource
from cognite.client.data_classes._spec import to_camel, to_snake


class SchemaResource(CogniteResource):
    #: (wire key, value) this class is told apart by in its family; dumped with every object
    _discriminator: ClassVar[tuple[str, str] | None] = None
    #: subclasses by discriminator value, on the family's base class (the first class declaring ``_family``)
    _family: ClassVar[dict[str, type[SchemaResource]] | None] = None
    #: fields with a non-None default, filled in on load when the wire leaves them out (as the official SDK does)
    _defaults: ClassVar[dict[str, Any]] = {}
    #: fields dumped even when None (where the official SDK's dump shows them as null)
    _dump_none: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__init__" in cls.__dict__:
            params = list(inspect.signature(cls.__init__).parameters.values())[1:]
            plain = [p for p in params if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]
            cls._fields = tuple(p.name for p in plain)
            cls._defaults = {p.name: p.default for p in plain if p.default not in (p.empty, None)}
        if cls._discriminator is not None and cls._family is not None:
            cls._family[cls._discriminator[1]] = cls

    def _init(self, values: dict[str, Any]) -> None:
        for name in self._fields:
            value = values[name]
            loader = self._nested.get(name)
            setattr(self, name, loader(value) if loader is not None and value is not None else value)
        self._cognite_client = None

    @classmethod
    def _subclass(cls, resource: dict[str, Any]) -> type[SchemaResource]:
        """The class to load ``resource`` as (a family's base class picks the subclass)."""
        family = cls._family
        if family is None or cls._discriminator is not None:
            return cls
        key = next(iter(family.values()))._discriminator[0]  # type: ignore[index]
        value = resource.get(key, resource.get(to_snake(key)))
        if value not in family:
            raise ValueError(f"Unknown {cls.__name__} {key}={value!r}; known: {', '.join(family)}")
        return family[value]

    @classmethod
    def _load(cls, resource: dict[str, Any] | Self, cognite_client: Any = None) -> Self:  # type: ignore[override]
        if isinstance(resource, cls):
            return resource
        if isinstance(resource, SchemaResource):  # a read object where a write one belongs: its write form
            write = getattr(resource, "as_write", None)
            converted = write() if write is not None else None
            if isinstance(converted, cls):
                return converted
            raise TypeError(f"Expected {cls.__name__} (or its dict form), got {type(resource).__name__}")
        if isinstance(resource, type) and issubclass(resource, cls):  # ``type=Text``: the docs pass the class
            return resource()
        target = cls._subclass(resource)  # type: ignore[arg-type]
        disc = target._discriminator
        if disc is not None:
            resource = {k: v for k, v in resource.items() if k != disc[0] and k != to_snake(disc[0])}  # type: ignore[union-attr]
        obj = super(SchemaResource, target)._load(resource, cognite_client)  # type: ignore[arg-type]
        d = obj.__dict__
        for name, default in target._defaults.items():
            if d.get(name) is None:
                d[name] = default
        return obj  # type: ignore[return-value]

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        for name in self._dump_none:
            if getattr(self, name, None) is None:
                out[to_camel(name) if camel_case else name] = None
        if self._discriminator is not None:
            key, value = self._discriminator
            out[key if camel_case else to_snake(key)] = value
        return out


def load_map(cls: type[SchemaResource]) -> Any:
    """Nested loader of a ``{name: object}`` field (properties, constraints, indexes)."""

    def load(value: dict[str, Any]) -> dict[str, Any]:
        return {k: cls._load(v) for k, v in value.items()}

    return load


def load_list(loader: Any) -> Any:
    """Nested loader of a list field."""

    def load(value: list[Any]) -> list[Any]:
        return [loader(v) for v in value]

    return load


__all__ = ["SchemaResource", "load_list", "load_map", "to_camel"]
