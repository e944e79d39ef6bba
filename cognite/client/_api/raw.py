"""RAW API: databases, tables and rows (incl. DataFrames and partitioned reads through RAW cursors)."""

from __future__ import annotations

import asyncio
import builtins
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, overload

from cdf_api.client import path_segment

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor
from cognite.client._mechanisms import paging
from cognite.client._mechanisms.chunks import chunked, run_chunks
from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes.raw import Database, DatabaseList, Row, RowList, RowWrite, Table, TableList

if TYPE_CHECKING:
    import pandas as pd
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr

# CDF RAW limits: rows per insert request, rows per list page, cursors per partitioned read.
_ROWS_INSERT_LIMIT = 5000
_ROWS_PAGE = 10_000
_MAX_PARTITIONS = 10


def _seg(name: str) -> str:
    if not isinstance(name, str) or not name:
        raise ValueError(f"RAW names must be non-empty strings, got {name!r}")
    return path_segment(name)


def _names(name: str | SequenceNotStr[str]) -> list[str]:
    names = [name] if isinstance(name, str) else list(name)
    for n in names:
        _seg(n)
    return names


def _name_items(name: str | SequenceNotStr[str]) -> Any:
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

    @overload
    async def create(self, name: str, **options: Unpack[CallOptions]) -> Database: ...
    @overload
    async def create(self, name: list[str], **options: Unpack[CallOptions]) -> DatabaseList: ...
    async def create(self, name: str | list[str], **options: Unpack[CallOptions]) -> Database | DatabaseList:
        """Create one database (a name) or several (a list of names).

        Example:
            >>> db = client.raw.databases.create("db1")  # doctest: +SKIP
        """
        res: Database | DatabaseList = await self._create_multiple(
            _name_items(name), load=self._loader(Database), list_cls=self._list_cls
        )
        return res

    async def delete(
        self, name: str | SequenceNotStr[str], recursive: bool = False, **options: Unpack[CallOptions]
    ) -> None:
        """Delete databases (``recursive`` also deletes their tables).

        Example:
            >>> client.raw.databases.delete(["db1", "db2"], recursive=True)  # doctest: +SKIP
        """
        await self._delete_multiple([{"name": n} for n in _names(name)], extra_body={"recursive": recursive})

    async def list(self, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]) -> DatabaseList:
        """List databases.

        Example:
            >>> dbs = client.raw.databases.list(limit=5)  # doctest: +SKIP
        """
        res: DatabaseList = await self._list(
            method="GET",
            path=self._RESOURCE_PATH,
            limit=limit,
            load=self._loader(Database),
            list_cls=self._list_cls,
        )
        return res

    @overload
    def __call__(
        self, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Database]: ...
    @overload
    def __call__(
        self, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[DatabaseList]: ...
    def __call__(
        self, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Database] | AsyncIterator[DatabaseList]:
        """Iterate over databases (or lists of ``chunk_size``)."""
        return self._list_generator(
            method="GET",
            path=self._RESOURCE_PATH,
            chunk_size=chunk_size,
            limit=limit,
            load=self._loader(Database),
            list_cls=self._list_cls,
        )

    def __aiter__(self) -> AsyncIterator[Database]:
        return self.__call__()


class RawTablesAPI(_RawBase):
    """``client.raw.tables``"""

    _list_type = TableList

    def _path(self, db_name: str) -> str:
        return f"/raw/dbs/{_seg(db_name)}/tables"

    @overload
    async def create(
        self, db_name: str, name: str, *, ensure_parent: bool = False, **options: Unpack[CallOptions]
    ) -> Table: ...
    @overload
    async def create(
        self, db_name: str, name: list[str], *, ensure_parent: bool = False, **options: Unpack[CallOptions]
    ) -> TableList: ...
    async def create(
        self, db_name: str, name: str | list[str], *, ensure_parent: bool = False, **options: Unpack[CallOptions]
    ) -> Table | TableList:
        """Create one table (a name) or several (a list) in a database (``ensure_parent``, not in the official SDK,
        also creates the database).

        Example:
            >>> table = client.raw.tables.create("db1", "table1")  # doctest: +SKIP
        """
        path = self._path(db_name) + ("?ensureParent=true" if ensure_parent else "")
        res: Table | TableList = await self._create_multiple(
            _name_items(name),
            path=path,
            load=self._loader(Table, db_name=db_name),
            list_cls=self._list_cls,
        )
        return res

    async def delete(self, db_name: str, name: str | SequenceNotStr[str], **options: Unpack[CallOptions]) -> None:
        """Delete tables.

        Example:
            >>> client.raw.tables.delete("db1", ["table1", "table2"])  # doctest: +SKIP
        """
        await self._delete_multiple([{"name": n} for n in _names(name)], path=self._path(db_name) + "/delete")

    async def list(
        self, db_name: str, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> TableList:
        """List the tables of a database.

        Example:
            >>> tables = client.raw.tables.list("db1", limit=5)  # doctest: +SKIP
        """
        res: TableList = await self._list(
            method="GET",
            path=self._path(db_name),
            limit=limit,
            load=self._loader(Table, db_name=db_name),
            list_cls=self._list_cls,
        )
        return res

    @overload
    def __call__(
        self, db_name: str, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Table]: ...
    @overload
    def __call__(
        self, db_name: str, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[TableList]: ...
    def __call__(
        self, db_name: str, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Table] | AsyncIterator[TableList]:
        """Iterate over the tables of a database (or lists of ``chunk_size``)."""
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

    async def insert(
        self,
        db_name: str,
        table_name: str,
        row: Sequence[Row] | Sequence[RowWrite] | Row | RowWrite | dict[str, Any],
        ensure_parent: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Insert rows: ``{key: columns}``, a ``Row`` / ``RowWrite`` or a list of them (split into requests of 5000).

        Example:
            >>> client.raw.rows.insert("db1", "table1", {"r1": {"col1": "val1"}}, ensure_parent=True)  # doctest: +SKIP
        """
        if isinstance(row, dict):
            items = [{"key": k, "columns": v} for k, v in row.items()]
        else:
            rows: list[Any] = [row] if isinstance(row, (Row, RowWrite)) else list(row)  # dicts are accepted too
            items = [
                {"key": r.key, "columns": r.columns or {}} if isinstance(r, (Row, RowWrite)) else dict(r) for r in rows
            ]
        for it in items:
            if not isinstance(it.get("key"), str) or not it["key"]:
                raise TypeError(f"raw.rows.insert: row keys must be non-empty strings (got {it.get('key')!r})")
            if not isinstance(it.get("columns"), dict):
                raise TypeError(f"Row {it.get('key')!r}: columns must be a dict")
        path = self._path(db_name, table_name) + ("?ensureParent=true" if ensure_parent else "")

        async def send(chunk: list[dict[str, Any]]) -> list[Any]:
            await self._post(path, json={"items": chunk})
            return []

        if items:
            await run_chunks(chunked(items, self._CREATE_LIMIT), send, unwrap=lambda i: i["key"])

    async def insert_dataframe(
        self,
        db_name: str,
        table_name: str,
        dataframe: pd.DataFrame,
        ensure_parent: bool = False,
        dropna: bool = True,
        **options: Unpack[CallOptions],
    ) -> None:
        """Insert a DataFrame: the index gives the row keys, the columns the RAW columns.

        Example:
            >>> client.raw.rows.insert_dataframe("db1", "t1", df, ensure_parent=True)  # doctest: +SKIP
        """
        rows = {}
        for key, record in zip(dataframe.index, dataframe.to_dict(orient="records"), strict=True):
            cols = {str(k): _py(v) for k, v in record.items()}
            if dropna:
                cols = {k: v for k, v in cols.items() if not _isnan(v)}
            rows[str(key)] = cols
        await self.insert(db_name, table_name, rows, ensure_parent=ensure_parent)

    async def retrieve(self, db_name: str, table_name: str, key: str, **options: Unpack[CallOptions]) -> Row | None:
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

    async def delete(
        self, db_name: str, table_name: str, key: str | SequenceNotStr[str], **options: Unpack[CallOptions]
    ) -> None:
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

    async def _cursors(self, db_name: str, table_name: str, partitions: int, query: dict[str, Any]) -> list[str]:
        """RAW's parallel read: ``partitions`` cursors, each the start of one slice of the table."""
        if isinstance(partitions, bool) or not isinstance(partitions, int) or not 1 <= partitions <= _MAX_PARTITIONS:
            raise ValueError(f"partitions must be an int in 1..{_MAX_PARTITIONS}")
        res = await self._get(
            self._path(db_name, table_name).rsplit("/", 1)[0] + "/cursors",
            params={"numberOfCursors": partitions, **{k: v for k, v in query.items() if k != "columns"}},
        )
        return [str(c) for c in res.json().get("items", [])]

    async def list(
        self,
        db_name: str,
        table_name: str,
        min_last_updated_time: int | None = None,
        max_last_updated_time: int | None = None,
        columns: builtins.list[str] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> RowList:
        """List rows; with ``partitions``, reads that many RAW cursors in parallel (up to ``limit`` rows in all).

        Example:
            >>> rows = client.raw.rows.list("db1", "t1", limit=None, partitions=4)  # doctest: +SKIP
        """
        path = self._path(db_name, table_name)
        query = self._query(columns, min_last_updated_time, max_last_updated_time)
        load = self._loader(Row)
        if partitions is None:
            res: RowList = await self._list(
                method="GET", path=path, limit=limit, body=query, load=load, list_cls=self._list_cls
            )
            return res
        lim = paging.check_limit(limit)
        cursors = await self._cursors(db_name, table_name, partitions, query)

        async def read(cursor: str) -> list[Row]:
            # Each slice is read up to the whole limit; the union is cut to it (slices are disjoint).
            return list(
                await self._list(method="GET", path=path, limit=lim, body={**query, "cursor": cursor}, load=load)
            )

        parts = await asyncio.gather(*(read(c) for c in cursors))
        rows = [r for part in parts for r in part]
        return RowList(rows if lim is None else rows[:lim], cognite_client=self._cognite_client)

    async def retrieve_dataframe(
        self,
        db_name: str,
        table_name: str,
        min_last_updated_time: int | None = None,
        max_last_updated_time: int | None = None,
        columns: builtins.list[str] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
        last_updated_time_in_index: bool = False,
        infer_dtypes: bool = True,
        **options: Unpack[CallOptions],
    ) -> pd.DataFrame:
        """Rows as a DataFrame indexed by key (with ``last_updated_time_in_index``: a (key, last_updated_time)
        MultiIndex); ``infer_dtypes=False`` keeps every column as object.

        Example:
            >>> df = client.raw.rows.retrieve_dataframe("db1", "t1", limit=None)  # doctest: +SKIP
        """
        import pandas as pd

        rows = await self.list(
            db_name, table_name, min_last_updated_time, max_last_updated_time, columns, limit, partitions
        )
        if last_updated_time_in_index:
            index: pd.Index = pd.MultiIndex.from_tuples(
                [(r.key, pd.Timestamp(r.last_updated_time, unit="ms")) for r in rows],
                names=["key", "last_updated_time"],
            )
        else:
            index = pd.Index([r.key for r in rows])
        return pd.DataFrame([r.columns or {} for r in rows], index=index, dtype=None if infer_dtypes else object)

    @overload
    def __call__(
        self,
        db_name: str,
        table_name: str,
        chunk_size: None = None,
        partitions: None = None,
        limit: int | None = None,
        min_last_updated_time: int | None = None,
        max_last_updated_time: int | None = None,
        columns: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Row]: ...
    @overload
    def __call__(
        self,
        db_name: str,
        table_name: str,
        chunk_size: int | None = None,
        partitions: int | None = None,
        limit: int | None = None,
        min_last_updated_time: int | None = None,
        max_last_updated_time: int | None = None,
        columns: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[RowList]: ...
    def __call__(
        self,
        db_name: str,
        table_name: str,
        chunk_size: int | None = None,
        partitions: int | None = None,
        limit: int | None = None,
        min_last_updated_time: int | None = None,
        max_last_updated_time: int | None = None,
        columns: builtins.list[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Row] | AsyncIterator[RowList]:
        """Iterate over rows one by one, or over lists of ``chunk_size``; with ``partitions``, that many RAW cursors
        are read in parallel and lists are yielded as they arrive (``limit`` is then not supported).

        Example:
            >>> for rows in client.raw.rows("db1", "t1", partitions=5, chunk_size=5000):  # doctest: +SKIP
            ...     rows
        """
        query = self._query(columns, min_last_updated_time, max_last_updated_time)
        if partitions is not None:
            if paging.check_limit(limit) is not None:
                raise ValueError("partitions cannot be combined with a limit when iterating")
            return self._iterate_partitions(db_name, table_name, partitions, query, chunk_size)
        return self._list_generator(
            method="GET",
            path=self._path(db_name, table_name),
            chunk_size=chunk_size,
            limit=limit,
            body=query,
            load=self._loader(Row),
            list_cls=self._list_cls,
        )

    async def _iterate_partitions(
        self, db_name: str, table_name: str, partitions: int, query: dict[str, Any], chunk_size: int | None
    ) -> AsyncIterator[RowList]:
        cursors = await self._cursors(db_name, table_name, partitions, query)
        sources = [
            self._list_generator(
                method="GET",
                path=self._path(db_name, table_name),
                chunk_size=chunk_size or _ROWS_PAGE,
                body={**query, "cursor": c},
                load=self._loader(Row),
                list_cls=self._list_cls,
            )
            for c in cursors
        ]
        async for chunk in _merge(sources):
            yield chunk


async def _merge(sources: list[AsyncIterator[Any]]) -> AsyncIterator[Any]:
    """Items of several async iterators, as they arrive (each source is drained by its own task)."""
    queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=2 * max(1, len(sources)))
    done = object()

    async def drain(src: AsyncIterator[Any]) -> None:
        try:
            async for item in src:
                await queue.put(item)
        finally:
            await queue.put(done)

    tasks = [asyncio.create_task(drain(s)) for s in sources]
    try:
        left = len(tasks)
        while left:
            item = await queue.get()
            if item is done:
                left -= 1
                for t in tasks:  # a source that failed ends the iteration with its error
                    if t.done() and not t.cancelled() and t.exception() is not None:
                        t.result()
                continue
            yield item
    finally:
        for t in tasks:
            t.cancel()


def _py(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def _isnan(value: Any) -> bool:
    return isinstance(value, float) and value != value
