"""The columns a transformation's query must produce for a destination (CDF's documented schemas)."""

from __future__ import annotations

from typing import Any, ClassVar

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList

__all__ = [
    "TransformationSchemaArrayType",
    "TransformationSchemaColumn",
    "TransformationSchemaColumnList",
    "TransformationSchemaMapType",
    "TransformationSchemaStructType",
    "TransformationSchemaType",
    "TransformationSchemaUnknownType",
]


class TransformationSchemaType(CogniteResource):
    """A column's Spark type: a name (``"long"``), or a complex type (the subclasses)."""

    _fields: ClassVar[tuple[str, ...]] = ("type",)
    _positional: ClassVar[tuple[str, ...]] = _fields
    type: str

    def __init__(self, type: str, **fields: Any) -> None:
        super().__init__(type=type, **fields)

    @classmethod
    def _load(cls, resource: Any, cognite_client: Any = None) -> Any:
        if isinstance(resource, TransformationSchemaType):
            return resource
        if isinstance(resource, str):
            return TransformationSchemaType(resource)
        if not isinstance(resource, dict):
            return TransformationSchemaUnknownType(resource)
        kinds: dict[str, type[TransformationSchemaType]] = {
            "array": TransformationSchemaArrayType,
            "struct": TransformationSchemaStructType,
            "map": TransformationSchemaMapType,
        }
        target = kinds.get(resource.get("type", ""))
        if target is None:
            return TransformationSchemaUnknownType(resource)
        return super(TransformationSchemaType, target)._load(resource, cognite_client)


class TransformationSchemaArrayType(TransformationSchemaType):
    _fields = ("type", "contains_null", "element_type")
    type: str
    contains_null: bool
    element_type: str | None

    def __init__(self, type: str, contains_null: bool, element_type: str | None = None) -> None:
        super().__init__(type, contains_null=contains_null, element_type=element_type)


class TransformationSchemaStructType(TransformationSchemaType):
    _fields = ("type", "fields")
    fields: list[dict[str, Any]] | None

    def __init__(self, type: str, fields: list[dict[str, Any]] | None = None) -> None:
        super().__init__(type, fields=fields)


class TransformationSchemaMapType(TransformationSchemaType):
    _fields = ("type", "key_type", "value_type", "value_contains_null")
    key_type: str | None
    value_type: str | None
    value_contains_null: bool

    def __init__(
        self, type: str, key_type: str | None = None, value_type: str | None = None, value_contains_null: bool = False
    ) -> None:
        super().__init__(type, key_type=key_type, value_type=value_type, value_contains_null=value_contains_null)


class TransformationSchemaUnknownType(TransformationSchemaType):
    """A type this SDK does not know, kept as sent."""

    _fields = ("type", "raw_schema")
    raw_schema: Any

    def __init__(self, raw_schema: Any) -> None:
        name = raw_schema.get("type", "unknown") if isinstance(raw_schema, dict) else "unknown"
        super().__init__(name, raw_schema=raw_schema)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return dict(self.raw_schema) if isinstance(self.raw_schema, dict) else {"type": self.type}


class TransformationSchemaColumn(CogniteResource):
    """One column: ``name``, its Spark SQL type (``sql_type``), the structured ``type`` and ``nullable``.

    Example:
        >>> from cognite.client.data_classes import TransformationSchemaColumn
        >>> TransformationSchemaColumn.load({"name": "id", "sqlType": "bigint", "type": "long", "nullable": True}).type.type
        'long'
    """

    _fields = ("name", "sql_type", "type", "nullable")
    _positional = _fields
    _nested = {"type": TransformationSchemaType._load}
    name: str
    sql_type: str
    type: TransformationSchemaType
    nullable: bool

    def __init__(self, name: str, sql_type: str, type: TransformationSchemaType, nullable: bool) -> None:
        super().__init__(name=name, sql_type=sql_type, type=type, nullable=nullable)


class TransformationSchemaColumnList(CogniteResourceList[TransformationSchemaColumn]):
    _RESOURCE = TransformationSchemaColumn
