"""RAW API: databases, tables and rows (incl. DataFrames and partitioned reads through RAW cursors)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import Any, ClassVar
from urllib.parse import quote

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor
from cognite.client._mechanisms import paging
from cognite.client._mechanisms.chunks import chunked, run_chunks
from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes.raw import Database, DatabaseList, Row, RowList, Table, TableList

# CDF RAW limits: rows per insert request, rows per list page, cursors per partitioned read.
_ROWS_INSERT_LIMIT = 5000
_ROWS_PAGE = 10_000
_MAX_PARTITIONS = 10


def _seg(name: str) -> str:
    if not isinstance(name, str) or not name:
        raise ValueError(f"RAW names must be non-empty strings, got {name!r}")
    return quote(name, safe="")


def _names(name: str | Sequence[str]) -> list[str]:
    names = [name] if isinstance(name, str) else list(name)
    for n in names:
        _seg(n)
    return names


def _name_items(name: str | Sequence[str]) -> Any:
    """``{"name": n}`` for one name, a list of them for several (so create returns one object or a list)."""
    items = [{"name": n} for n in _names(name)]
    return items[0] if isinstance(name, str) else items


class RawAPI(APIClient):
    """``client.raw`` (``databases``, ``tables`` and ``rows`` are attached from the API registry)."""

    databases: Accessor[RawDatabasesAPI] = Accessor()
    tables: Accessor[RawTablesAPI] = Accessor()
    rows: Accessor[RawRowsAPI] = Accessor()

    _CONCURRENCY_CATEGORY = "raw"


class _RawBase(APIClient):
    _CONCURRENCY_CATEGORY = "raw"
    _list_type: ClassVar[type[CogniteResourceList]]

    def _list_cls(self, xs: list[Any]) -> Any:
        return self._list_type(xs, cognite_client=self._cognite_client)

    def _loader(self, cls: type[Any], **extra: Any) -> Any:
        client = self._cognite_client

        def load(item: dict[str, Any]) -> Any:
            obj = cls._load(item, cognite_client=client)
            for k, v in extra.items():
                setattr(obj, k, v)
            return obj

        return load


class RawDatabasesAPI(_RawBase):
    """``client.raw.databases``"""

    _RESOURCE_PATH = "/raw/dbs"
    _list_type = DatabaseList

    async def create(self, name: str | Sequence[str]) -> Database | DatabaseList:
        """Create one database (a name) or several (a list of names).

        Example:
            >>> db = client.raw.databases.create("db1")  # doctest: +SKIP
        """
        return await self._create_multiple(_name_items(name), load=self._loader(Database), list_cls=self._list_cls)

    async def delete(self, name: str | Sequence[str], recursive: bool = False) -> None:
        """Delete databases (``recursive`` also deletes their tables).

        Example:
            >>> client.raw.databases.delete(["db1", "db2"], recursive=True)  # doctest: +SKIP
        """
        await self._delete_multiple([{"name": n} for n in _names(name)], extra_body={"recursive": recursive})

    async def list(self, limit: int | None = DEFAULT_LIMIT_READ) -> DatabaseList:
        """List databases.

        Example:
            >>> dbs = client.raw.databases.list(limit=5)  # doctest: +SKIP
        """
        return await self._list(
            method="GET",
            path=self._RESOURCE_PATH,
            limit=limit,
            load=self._loader(Database),
            list_cls=self._list_cls,
        )

    def __call__(self, chunk_size: int | None = None, limit: int | None = None) -> AsyncIterator[Any]:
        """Iterate over databases (or lists of ``chunk_size``)."""
        return self._list_generator(
            method="GET",
            path=self._RESOURCE_PATH,
            chunk_size=chunk_size,
            limit=limit,
            load=self._loader(Database),
            list_cls=self._list_cls,
        )

    def __aiter__(self) -> AsyncIterator[Any]:
        return self.__call__()


class RawTablesAPI(_RawBase):
    """``client.raw.tables``"""

    _list_type = TableList

    def _path(self, db_name: str) -> str:
        return f"/raw/dbs/{_seg(db_name)}/tables"

    async def create(self, db_name: str, name: str | Sequence[str], ensure_parent: bool = False) -> Table | TableList:
        """Create one table (a name) or several (a list) in a database.

        Example:
            >>> table = client.raw.tables.create("db1", "table1", ensure_parent=True)  # doctest: +SKIP
        """
        path = self._path(db_name) + ("?ensureParent=true" if ensure_parent else "")
        return await self._create_multiple(
            _name_items(name),
            path=path,
            load=self._loader(Table, db_name=db_name),
            list_cls=self._list_cls,
        )

    async def delete(self, db_name: str, name: str | Sequence[str]) -> None:
        """Delete tables.

        Example:
            >>> client.raw.tables.delete("db1", ["table1", "table2"])  # doctest: +SKIP
        """
        await self._delete_multiple([{"name": n} for n in _names(name)], path=self._path(db_name) + "/delete")

    async def list(self, db_name: str, limit: int | None = DEFAULT_LIMIT_READ) -> TableList:
        """List the tables of a database.

        Example:
            >>> tables = client.raw.tables.list("db1", limit=5)  # doctest: +SKIP
        """
        return await self._list(
            method="GET",
            path=self._path(db_name),
            limit=limit,
            load=self._loader(Table, db_name=db_name),
            list_cls=self._list_cls,
        )

    def __call__(self, db_name: str, chunk_size: int | None = None, limit: int | None = None) -> AsyncIterator[Any]:
        """Iterate over the tables of a database."""
        return self._list_generator(
            method="GET",
            path=self._path(db_name),
            chunk_size=chunk_size,
            limit=limit,
            load=self._loader(Table, db_name=db_name),
            list_cls=self._list_cls,
        )


class RawRowsAPI(_RawBase):
    """``client.raw.rows``"""

    _CREATE_LIMIT = _ROWS_INSERT_LIMIT
    _LIST_LIMIT = _ROWS_PAGE
    _list_type = RowList

    def _path(self, db_name: str, table_name: str) -> str:
        return f"/raw/dbs/{_seg(db_name)}/tables/{_seg(table_name)}/rows"

    async def insert(self, db_name: str, table_name: str, row: Any, ensure_parent: bool = False) -> None:
        """Insert rows: ``{key: columns}``, a ``Row`` or a list of ``Row`` (split into requests of 5000).

        Example:
            >>> client.raw.rows.insert("db1", "table1", {"r1": {"col1": "val1"}}, ensure_parent=True)  # doctest: +SKIP
        """
        if isinstance(row, dict):
            items = [{"key": str(k), "columns": v} for k, v in row.items()]
        else:
            rows = [row] if isinstance(row, Row) else list(row)
            items = [{"key": r.key, "columns": r.columns or {}} if isinstance(r, Row) else dict(r) for r in rows]
        for it in items:
            if not isinstance(it.get("columns"), dict):
                raise TypeError(f"Row {it.get('key')!r}: columns must be a dict")
        path = self._path(db_name, table_name) + ("?ensureParent=true" if ensure_parent else "")

        async def send(chunk: list[dict[str, Any]]) -> list[Any]:
            await self._post(path, json={"items": chunk})
            return []

        if items:
            await run_chunks(chunked(items, self._CREATE_LIMIT), send, unwrap=lambda i: i["key"])

    async def insert_dataframe(
        self, db_name: str, table_name: str, dataframe: Any, ensure_parent: bool = False, dropna: bool = True
    ) -> None:
        """Insert a DataFrame: the index gives the row keys, the columns the RAW columns.

        Example:
            >>> client.raw.rows.insert_dataframe("db1", "t1", df, ensure_parent=True)  # doctest: +SKIP
        """
        rows = {}
        for key, record in zip(dataframe.index, dataframe.to_dict(orient="records"), strict=True):
            cols = {k: _py(v) for k, v in record.items()}
            if dropna:
                cols = {k: v for k, v in cols.items() if not _isnan(v)}
            rows[str(key)] = cols
        await self.insert(db_name, table_name, rows, ensure_parent=ensure_parent)

    async def retrieve(self, db_name: str, table_name: str, key: str) -> Row | None:
        """One row by key (None if missing).

        Example:
            >>> row = client.raw.rows.retrieve("db1", "t1", "k1")  # doctest: +SKIP
        """
        from cognite.client.exceptions import CogniteNotFoundError

        try:
            res = await self._get(self._path(db_name, table_name) + "/" + _seg(key))
        except CogniteNotFoundError:
            return None
        return Row._load(res.json(), cognite_client=self._cognite_client)

    async def delete(self, db_name: str, table_name: str, key: str | Sequence[str]) -> None:
        """Delete rows by key.

        Example:
            >>> client.raw.rows.delete("db1", "table1", ["k1", "k2"])  # doctest: +SKIP
        """
        keys = [key] if isinstance(key, str) else list(key)
        if keys:
            await self._delete_multiple([{"key": k} for k in keys], path=self._path(db_name, table_name) + "/delete")

    def _query(
        self, columns: Sequence[str] | None, min_last_updated_time: int | None, max_last_updated_time: int | None
    ) -> dict[str, Any]:
        q: dict[str, Any] = {}
        if columns is not None:
            q["columns"] = ",".join(columns)
        if min_last_updated_time is not None:
            q["minLastUpdatedTime"] = min_last_updated_time
        if max_last_updated_time is not None:
            q["maxLastUpdatedTime"] = max_last_updated_time
        return q

    async def list(
        self,
        db_name: str,
        table_name: str,
        min_last_updated_time: int | None = None,
        max_last_updated_time: int | None = None,
        columns: Sequence[str] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
    ) -> RowList:
        """List rows; with ``partitions`` (and ``limit=None``) reads that many RAW cursors in parallel.

        Example:
            >>> rows = client.raw.rows.list("db1", "t1", limit=None, partitions=4)  # doctest: +SKIP
        """
        path = self._path(db_name, table_name)
        query = self._query(columns, min_last_updated_time, max_last_updated_time)
        load = self._loader(Row)
        if partitions is None:
            return await self._list(
                method="GET", path=path, limit=limit, body=query, load=load, list_cls=self._list_cls
            )
        if not isinstance(partitions, int) or not 1 <= partitions <= _MAX_PARTITIONS:
            raise ValueError(f"partitions must be an int in 1..{_MAX_PARTITIONS}")
        if paging.check_limit(limit) is not None:
            raise ValueError("partitions requires limit=None")
        res = await self._get(
            path.rsplit("/", 1)[0] + "/cursors",
            params={"numberOfCursors": partitions, **{k: v for k, v in query.items() if k != "columns"}},
        )
        cursors = res.json().get("items", [])

        async def read(cursor: str) -> list[Any]:
            return list(
                await self._list(method="GET", path=path, limit=None, body={**query, "cursor": cursor}, load=load)
            )

        parts = await asyncio.gather(*(read(c) for c in cursors))
        return self._list_cls([r for part in parts for r in part])

    async def retrieve_dataframe(
        self,
        db_name: str,
        table_name: str,
        min_last_updated_time: int | None = None,
        max_last_updated_time: int | None = None,
        columns: Sequence[str] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
    ) -> Any:
        """Rows as a DataFrame indexed by key.

        Example:
            >>> df = client.raw.rows.retrieve_dataframe("db1", "t1", limit=None)  # doctest: +SKIP
        """
        rows = await self.list(
            db_name, table_name, min_last_updated_time, max_last_updated_time, columns, limit, partitions
        )
        return rows.to_pandas()

    def __call__(
        self,
        db_name: str,
        table_name: str,
        chunk_size: int | None = None,
        limit: int | None = None,
        min_last_updated_time: int | None = None,
        max_last_updated_time: int | None = None,
        columns: Sequence[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Iterate over rows (or lists of ``chunk_size``)."""
        return self._list_generator(
            method="GET",
            path=self._path(db_name, table_name),
            chunk_size=chunk_size,
            limit=limit,
            body=self._query(columns, min_last_updated_time, max_last_updated_time),
            load=self._loader(Row),
            list_cls=self._list_cls,
        )


def _py(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def _isnan(value: Any) -> bool:
    return isinstance(value, float) and value != value
