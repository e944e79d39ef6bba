"""Postgres gateway tables of a user: foreign tables over RAW rows (``raw_rows``) or a data-model view (``view``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Literal

from cognite.client.data_classes._base import CogniteObject, CogniteResource, CogniteResourceList
from cognite.client.data_classes._generated import (
    RawTableFields,
    RawTableOptionsFields,
    RawTableWriteFields,
    ViewTableFields,
    ViewTableWriteFields,
)
from cognite.client.data_classes._variants import Variant

ColumnType = Literal[
    "BIGINT", "BIGINT[]", "BOOL", "BOOL[]", "BYTEA", "DOUBLE PRECISION", "DOUBLE PRECISION[]", "JSON", "JSON[]",
    "REAL", "REAL[]", "TEXT", "TEXT[]", "TIMESTAMPTZ", "VARCHAR", "VARCHAR[]",
]  # fmt: skip


class RawTableOptions(RawTableOptionsFields):
    """The RAW table a foreign table reads (``primary_key``: the column holding the row key)."""


class Column(CogniteObject):
    """One column of a foreign table.

    Example:
        >>> from cognite.client.data_classes.postgres_gateway import Column, ColumnList
        >>> ColumnList([Column("name", "TEXT")]).dump()
        {'name': {'type': 'TEXT'}}
    """

    _fields = ("name", "type")
    _positional = _fields
    name: str
    type: ColumnType


class ColumnList(CogniteResourceList[Column]):  # type: ignore[type-var]
    """The columns of a table; on the wire a map ``{name: {"type": ...}}``."""

    _RESOURCE = Column  # type: ignore[assignment]

    def dump(self, camel_case: bool = True) -> dict[str, Any]:  # type: ignore[override]
        return {c.name: {"type": c.type} for c in self}

    @classmethod
    def _load(cls, resources: Any, cognite_client: Any = None) -> ColumnList:  # type: ignore[override]
        """From the wire map, or a sequence of ``Column`` objects / dicts."""
        if isinstance(resources, dict):
            return cls([Column(name, spec.get("type")) for name, spec in resources.items()])
        return cls([c if isinstance(c, Column) else Column._load(c) for c in resources])


def _dump_columns(out: dict[str, Any], columns: Any) -> dict[str, Any]:
    if isinstance(columns, Sequence) and not isinstance(columns, str):
        out["columns"] = ColumnList._load(columns).dump()
    return out


class TableWrite(Variant, CogniteResource):
    """A table to create (``RawTableWrite`` or ``ViewTableWrite``)."""

    _variants: ClassVar[dict[str, type]] = {}
    tablename: str


class Table(Variant, CogniteResource):
    """A table as CDF returns it (the variant its ``type`` names).

    Example:
        >>> from cognite.client.data_classes.postgres_gateway import Table
        >>> type(Table._load({"type": "view", "tablename": "t", "options": {}})).__name__
        'ViewTable'
    """

    _variants: ClassVar[dict[str, type]] = {}
    _WRITE_CLASS: ClassVar[str | None] = "TableWrite"
    tablename: str


class RawTableWrite(RawTableWriteFields, TableWrite):
    """A foreign table over a RAW table (``columns``: ``Column`` objects, or the wire map).

    Example:
        >>> from cognite.client.data_classes.postgres_gateway import Column, RawTableOptions, RawTableWrite
        >>> RawTableWrite("t", RawTableOptions("db", "tbl"), [Column("k", "TEXT")]).dump()["columns"]
        {'k': {'type': 'TEXT'}}
    """

    _type = "raw_rows"

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return _dump_columns(super().dump(camel_case), self.columns)


class ViewTableWrite(ViewTableWriteFields, TableWrite):
    """A foreign table over a data-model view (``options``: the view id)."""

    _type = "view"


class RawTable(RawTableFields, Table):
    _type = "raw_rows"

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return _dump_columns(super().dump(camel_case), self.columns)


RawTable._nested = {**RawTable._nested, "columns": ColumnList._load}


class ViewTable(ViewTableFields, Table):
    _type = "view"


# CDF reads a view table back as the kind of instances it exposes
Table._variants.update(nodes=ViewTable, edges=ViewTable)


class TableWriteList(CogniteResourceList[TableWrite]):
    _RESOURCE = TableWrite


class TableList(CogniteResourceList[Table]):
    _RESOURCE = Table
