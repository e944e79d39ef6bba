"""Property enums and sort specs of the classic resources (``AssetProperty``, ``AssetSort``, ...)."""

from __future__ import annotations

import json
from enum import Enum
from typing import Any, Literal, TypeAlias

from cognite.client.data_classes._spec import to_camel

__all__ = ["CogniteSort", "EnumProperty", "MetadataProperty", "SortableProperty"]


class EnumProperty(Enum):
    """A property of a resource by name; ``enum.auto()`` values are the camelCase wire names."""

    @staticmethod
    def _generate_next_value_(name: str, start: int, count: int, last_values: list[Any]) -> str:
        return to_camel(name)

    def as_reference(self) -> list[str]:
        return [self.value]


class MetadataProperty(EnumProperty):
    """A property enum of a resource with ``metadata``: ``AssetProperty.metadata_key("site")``."""

    @staticmethod
    def metadata_key(key: str) -> list[str]:
        return ["metadata", key]


SortableProperty: TypeAlias = "str | list[str] | EnumProperty"


class CogniteSort:
    """One sort key of a list call: a property, ``asc``/``desc`` and where nulls go.

    Example:
        >>> from cognite.client.data_classes._properties import CogniteSort
        >>> CogniteSort("last_updated_time", "desc", "last").dump()
        {'property': ['lastUpdatedTime'], 'order': 'desc', 'nulls': 'last'}
    """

    def __init__(
        self,
        property: SortableProperty,
        order: Literal["asc", "desc"] = "asc",
        nulls: Literal["auto", "first", "last"] | None = None,
    ) -> None:
        self.property = property
        self.order = order
        self.nulls = nulls

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        from cognite.client._api._base import property_path

        out: dict[str, Any] = {"property": property_path(self.property), "order": self.order}
        if self.nulls is not None:
            out["nulls"] = self.nulls
        return out

    def __repr__(self) -> str:
        return json.dumps(self.dump())
