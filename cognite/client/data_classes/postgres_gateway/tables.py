"""Postgres gateway tables of a user: foreign tables over RAW rows (``raw_rows``) or a data-model view (``view``)."""

from __future__ import annotations

from typing import ClassVar

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList
from cognite.client.data_classes._generated import (
    RawTableFields,
    RawTableWriteFields,
    ViewTableFields,
    ViewTableWriteFields,
)
from cognite.client.data_classes._variants import Variant


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
    """A foreign table over a RAW table.

    Example:
        >>> from cognite.client.data_classes.postgres_gateway import RawTableWrite
        >>> RawTableWrite("t", {"database": "db", "table": "tbl"}, {"k": {"type": "TEXT"}}).dump()["type"]
        'raw_rows'
    """

    _type = "raw_rows"


class ViewTableWrite(ViewTableWriteFields, TableWrite):
    """A foreign table over a data-model view (``options``: the view id)."""

    _type = "view"


class RawTable(RawTableFields, Table):
    _type = "raw_rows"


class ViewTable(ViewTableFields, Table):
    _type = "view"


# CDF reads a view table back as the kind of instances it exposes
Table._variants.update(nodes=ViewTable, edges=ViewTable)


class TableWriteList(CogniteResourceList[TableWrite]):
    _RESOURCE = TableWrite


class TableList(CogniteResourceList[Table]):
    _RESOURCE = Table
