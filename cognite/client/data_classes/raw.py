"""RAW: databases, tables and rows of schemaless JSON columns."""

from __future__ import annotations

from collections.abc import ItemsView, KeysView, ValuesView
from typing import TYPE_CHECKING, Any

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList, _pandas
from cognite.client.data_classes._generated import (
    DatabaseFields,
    RowFields,
    RowWriteFields,
    TableFields,
)
from cognite.client.data_classes._navigation import client_of, run_sync

__all__ = ["Database", "DatabaseList", "Row", "RowList", "RowWrite", "RowWriteList", "Table", "TableList"]

if TYPE_CHECKING:
    import pandas as pd


class Database(DatabaseFields):
    """A RAW database.

    Example:
        >>> from cognite.client.data_classes import Database
        >>> Database(name="db1").dump()
        {'name': 'db1'}
    """

    async def tables_async(self, limit: int | None = None) -> TableList:
        """The tables of this database (all of them by default)."""
        tables: TableList = await client_of(self).raw.tables.list(db_name=self.name, limit=limit)
        return tables

    def tables(self, limit: int | None = None) -> TableList:
        """The tables of this database (all of them by default).

        Example:
            >>> tables = client.raw.databases.create("db1").tables()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.tables_async(limit))


class DatabaseList(CogniteResourceList[Database]):
    _RESOURCE = Database


class Table(TableFields):
    """A RAW table (``db_name`` is set by the API that returned it)."""

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        out.pop("dbName" if camel_case else "db_name", None)
        return out

    async def rows_async(self, key: str | None = None, limit: int | None = None) -> Row | RowList | None:
        """One row of this table by key (None if missing), or the rows (all of them by default)."""
        if self.db_name is None:
            raise ValueError("This Table has no db_name (load it through client.raw.tables)")
        rows_api = client_of(self).raw.rows
        if key is not None:
            row: Row | None = await rows_api.retrieve(db_name=self.db_name, table_name=self.name, key=key)
            return row
        rows: RowList = await rows_api.list(db_name=self.db_name, table_name=self.name, limit=limit)
        return rows

    def rows(self, key: str | None = None, limit: int | None = None) -> Row | RowList | None:
        """One row of this table by key (None if missing), or the rows (all of them by default).

        Example:
            >>> rows = client.raw.tables.list("db1")[0].rows(limit=10)  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.rows_async(key, limit))


class TableList(CogniteResourceList[Table]):
    _RESOURCE = Table


class RowWrite(RowWriteFields):
    """A row to insert: key and columns."""


class Row(RowFields):
    """A RAW row: key, columns (a JSON object) and last updated time.

    Example:
        >>> from cognite.client.data_classes import Row
        >>> Row("r1", {"col1": "val1"}).dump()
        {'key': 'r1', 'columns': {'col1': 'val1'}}
    """

    def __getitem__(self, column: str) -> Any:
        return (self.columns or {})[column]

    def to_pandas(self) -> pd.DataFrame:  # type: ignore[override]  # the official form: no options
        """A one-row DataFrame indexed by the key, one column per RAW column."""
        pd = _pandas()
        return pd.DataFrame([self.columns or {}], index=[self.key])

    # Dict access to the columns besides row["col"]: row["col"] = v, del row["col"], "col" in row, get, keys/values/items.
    def __setitem__(self, column: str, value: Any) -> None:
        if self.columns is None:
            setattr(self, "columns", {})  # noqa: B010  # fields are declared by the base class, not here
        self.columns[column] = value

    def __delitem__(self, column: str) -> None:
        del (self.columns or {})[column]

    def __contains__(self, column: object) -> bool:
        return column in (self.columns or {})

    def get(self, column: str, default: Any = None) -> Any:
        return (self.columns or {}).get(column, default)

    def keys(self) -> KeysView[str]:
        return (self.columns or {}).keys()

    def values(self) -> ValuesView[Any]:
        return (self.columns or {}).values()

    def items(self) -> ItemsView[str, Any]:
        return (self.columns or {}).items()


class RowWriteList(CogniteResourceList[RowWrite]):
    _RESOURCE = RowWrite


class RowList(WriteableCogniteResourceList[Row, RowWriteList]):
    _RESOURCE = Row

    def to_pandas(self) -> pd.DataFrame:  # type: ignore[override]  # the official form: no options
        """One row per key, one column per RAW column.

        Example:
            >>> from cognite.client.data_classes import RowList, Row
            >>> int(RowList([Row("a", {"x": 1})]).to_pandas().loc["a", "x"])
            1
        """
        pd = _pandas()
        return pd.DataFrame([r.columns or {} for r in self], index=pd.Index([r.key for r in self]))
