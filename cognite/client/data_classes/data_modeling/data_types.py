"""Property types of container properties (``type`` of a ``ContainerProperty``), as in the official SDK.

Each class is told apart on the wire by ``"type"``; ``PropertyType.load(...)`` gives the right one.

Example:
    >>> from cognite.client.data_classes.data_modeling.data_types import PropertyType, Text
    >>> Text(is_list=True).dump()
    {'list': True, 'collation': 'ucs_basic', 'type': 'text'}
    >>> type(PropertyType.load({"type": "int64"})).__name__
    'Int64'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from cognite.client.data_classes.data_modeling._schema_base import SchemaResource
from cognite.client.data_classes.data_modeling.ids import ContainerId, DirectRelationReference


class PropertyType(SchemaResource):
    """A property's type (base class; load a wire dict through it to get the right subclass)."""

    _family: ClassVar[dict[str, type[SchemaResource]] | None] = {}

    def __init__(self) -> None:
        self._init(locals())


class ListablePropertyType(PropertyType):
    is_list: bool
    max_list_size: int | None
    _WIRE_RENAMES: ClassVar[dict[str, str]] = {"is_list": "list"}

    def __init__(self, is_list: bool = False, max_list_size: int | None = None) -> None:
        self._init(locals())

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        if "is_list" in out:  # the wire name in snake_case dumps too (as the official SDK)
            out = {("list" if k == "is_list" else k): v for k, v in out.items()}
        return out


class Text(ListablePropertyType):
    _discriminator = ("type", "text")
    collation: str
    max_text_size: int | None

    def __init__(
        self,
        is_list: bool = False,
        max_list_size: int | None = None,
        collation: str = "ucs_basic",
        max_text_size: int | None = None,
    ) -> None:
        self._init(locals())


class Boolean(ListablePropertyType):
    _discriminator = ("type", "boolean")


class Timestamp(ListablePropertyType):
    _discriminator = ("type", "timestamp")


class Date(ListablePropertyType):
    _discriminator = ("type", "date")


class Json(ListablePropertyType):
    _discriminator = ("type", "json")


@dataclass
class UnitReference:
    external_id: str
    source_unit: str | None = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"externalId" if camel_case else "external_id": self.external_id}
        if self.source_unit is not None:
            out["sourceUnit" if camel_case else "source_unit"] = self.source_unit
        return out

    @classmethod
    def load(cls, data: dict[str, Any]) -> UnitReference:
        if isinstance(data, cls):
            return data
        return cls(
            data["externalId"] if "externalId" in data else data["external_id"],
            data.get("sourceUnit", data.get("source_unit")),
        )


def _dump_unit(obj: Any, out: dict[str, Any], camel_case: bool) -> dict[str, Any]:
    unit = getattr(obj, "unit", None)
    if isinstance(unit, UnitReference):
        out["unit"] = unit.dump(camel_case)
    return out


class PropertyTypeWithUnit(ListablePropertyType):
    unit: UnitReference | None
    _nested: ClassVar[dict[str, Any]] = {"unit": UnitReference.load}

    def __init__(
        self, is_list: bool = False, max_list_size: int | None = None, unit: UnitReference | None = None
    ) -> None:
        self._init(locals())

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return _dump_unit(self, super().dump(camel_case), camel_case)


class Float32(PropertyTypeWithUnit):
    _discriminator = ("type", "float32")


class Float64(PropertyTypeWithUnit):
    _discriminator = ("type", "float64")


class Int32(PropertyTypeWithUnit):
    _discriminator = ("type", "int32")


class Int64(PropertyTypeWithUnit):
    _discriminator = ("type", "int64")


class CDFExternalIdReference(ListablePropertyType):
    """A reference to a time series, file or sequence by external id (base class)."""


class TimeSeriesReference(CDFExternalIdReference):
    _discriminator = ("type", "timeseries")


class FileReference(CDFExternalIdReference):
    _discriminator = ("type", "file")


class SequenceReference(CDFExternalIdReference):
    _discriminator = ("type", "sequence")


class DirectRelation(ListablePropertyType):
    _discriminator = ("type", "direct")
    container: ContainerId | None
    _nested: ClassVar[dict[str, Any]] = {"container": ContainerId.load}

    def __init__(
        self, is_list: bool = False, max_list_size: int | None = None, container: ContainerId | None = None
    ) -> None:
        self._init(locals())


class EnumValue(SchemaResource):
    name: str | None
    description: str | None

    def __init__(self, name: str | None = None, description: str | None = None) -> None:
        self._init(locals())


def _load_enum_values(values: dict[str, Any]) -> dict[str, EnumValue]:
    return {k: EnumValue._load(v) for k, v in values.items()}


class Enum(PropertyType):
    _discriminator = ("type", "enum")
    values: dict[str, EnumValue]
    unknown_value: str | None
    _nested: ClassVar[dict[str, Any]] = {"values": _load_enum_values}

    def __init__(self, values: dict[str, EnumValue], unknown_value: str | None = None) -> None:
        self._init(locals())


@dataclass(frozen=True, slots=True)
class StateSetEntry:
    """One state of a state set (``CogniteStateSet.states``): a numeric value (int32), its text and a description.

    Example:
        >>> from cognite.client.data_classes.data_modeling.data_types import StateSetEntry
        >>> StateSetEntry(1, "on").dump(), StateSetEntry.load({"numericValue": 0, "stringValue": "off"}).string_value
        ({'numericValue': 1, 'stringValue': 'on'}, 'off')
    """

    numeric_value: int
    string_value: str
    description: str | None = None

    def __post_init__(self) -> None:
        value: Any = self.numeric_value
        if isinstance(value, float) and value.is_integer():
            object.__setattr__(self, "numeric_value", int(value))
        elif isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"StateSetEntry.numeric_value must be an integer, got {value!r}")
        if not -(2**31) <= self.numeric_value < 2**31:
            raise ValueError(f"StateSetEntry.numeric_value must fit in 32 signed bits, got {value!r}")
        if not isinstance(self.string_value, str):
            raise TypeError(f"StateSetEntry.string_value must be a str, got {self.string_value!r}")

    @classmethod
    def load(cls, data: StateSetEntry | dict[str, Any]) -> StateSetEntry:
        if isinstance(data, cls):
            return data
        if not isinstance(data, dict):
            raise TypeError(f"a state set entry is a StateSetEntry or a dict, not {type(data).__name__}")
        number = data.get("numericValue", data.get("numeric_value"))
        text = data.get("stringValue", data.get("string_value"))
        if number is None or text is None:
            raise ValueError(f"a state set entry needs numericValue and stringValue, got {data!r}")
        return cls(number, text, data.get("description"))

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "numericValue" if camel_case else "numeric_value": self.numeric_value,
            "stringValue" if camel_case else "string_value": self.string_value,
        }
        if self.description is not None:
            out["description"] = self.description
        return out


__all__ = [
    "Boolean",
    "CDFExternalIdReference",
    "Date",
    "DirectRelation",
    "DirectRelationReference",
    "Enum",
    "EnumValue",
    "FileReference",
    "Float32",
    "Float64",
    "Int32",
    "Int64",
    "Json",
    "ListablePropertyType",
    "PropertyType",
    "PropertyTypeWithUnit",
    "SequenceReference",
    "StateSetEntry",
    "Text",
    "TimeSeriesReference",
    "Timestamp",
    "UnitReference",
]
