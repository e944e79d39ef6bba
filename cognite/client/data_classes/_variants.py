"""Families of data classes told apart by the wire's ``type`` (hosted extractor sources, postgres gateway tables).

The family's base loads the variant its ``type`` names; each variant declares only ``_type`` and writes it back on
``dump``. Update classes of a family pick the variant's update class in ``from_resource``.

Example:
    >>> from cognite.client.data_classes.hosted_extractors import Source, MQTT5Source
    >>> src = Source._load({"type": "mqtt5", "externalId": "s", "host": "h", "createdTime": 0, "lastUpdatedTime": 0})
    >>> type(src).__name__, src.dump()["type"]
    ('MQTT5Source', 'mqtt5')
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from typing_extensions import Self

from cognite.client.data_classes._base import CogniteObject
from cognite.client.data_classes._update import CogniteUpdate, UpdateMode

T = TypeVar("T")


class _Family:
    _type: ClassVar[str] = ""
    _variants: ClassVar[dict[str, type]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_variants" in cls.__dict__:
            return  # a family base (declares its own table)
        if "_type" in cls.__dict__:
            cls._variants[cls._type] = cls


class Variant(_Family):
    """Mixin of a family base (``class Source(Variant, CogniteResource): _variants = {}``) and its variants."""

    @classmethod
    def _load(cls: type[T], resource: dict[str, Any], cognite_client: Any = None) -> T:
        kind = resource.get("type")
        target: Any = cls._variants.get(kind, cls) if "_variants" in cls.__dict__ else cls  # type: ignore[attr-defined]
        body = {k: v for k, v in resource.items() if k != "type"} if target._type else resource
        loaded: T = super(Variant, target)._load(body, cognite_client)  # type: ignore[misc]
        return loaded

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = super().dump(camel_case)  # type: ignore[misc]
        if self._type:
            out = {"type": self._type, **out}
        return out


class VariantUpdate(_Family, CogniteUpdate):
    """Base of a family's update classes: ``dump`` names the variant, ``from_resource`` picks its update class."""

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        return {"type": self._type, **out} if self._type else out

    @classmethod
    def from_resource(cls, resource: CogniteObject, mode: UpdateMode = "replace_ignore_null") -> Self:
        kind = getattr(resource, "_type", "")
        if "_variants" in cls.__dict__ and kind in cls._variants:
            variant: Self = cls._variants[kind].from_resource(resource, mode)  # type: ignore[attr-defined]
            return variant
        return super().from_resource(resource, mode)
