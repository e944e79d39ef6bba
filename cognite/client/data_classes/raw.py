"""RAW: databases, tables and rows of schemaless JSON columns."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList, _pandas
from cognite.client.data_classes._generated import (
    DatabaseFields,
    RowFields,
    RowWriteFields,
    TableFields,
)

__all__ = ["Database", "DatabaseList", "Row", "RowList", "RowWrite", "RowWriteList", "Table", "TableList"]


class Database(DatabaseFields):
    """A RAW database.

    Example:
        >>> from cognite.client.data_classes import Database
        >>> Database(name="db1").dump()
        {'name': 'db1'}
    """


class DatabaseList(CogniteResourceList[Database]):
    _RESOURCE = Database


class Table(TableFields):
    """A RAW table (``db_name`` is set by the API that returned it)."""

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        out.pop("dbName" if camel_case else "db_name", None)
        return out


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

    def to_pandas(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        pd = _pandas()
        return pd.DataFrame([self.columns or {}], index=[self.key])


class RowWriteList(CogniteResourceList[RowWrite]):
    _RESOURCE = RowWrite


class RowList(WriteableCogniteResourceList[Row, RowWriteList]):
    _RESOURCE = Row

    def to_pandas(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        """One row per key, one column per RAW column.

        Example:
            >>> from cognite.client.data_classes import RowList, Row
            >>> int(RowList([Row("a", {"x": 1})]).to_pandas().loc["a", "x"])
            1
        """
        pd = _pandas()
        return pd.DataFrame([r.columns or {} for r in self], index=pd.Index([r.key for r in self]))
