"""Sequence rows: insert (also from a DataFrame), retrieve (also as a DataFrame), latest row, delete."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, overload

from cognite.client._api_client import APIClient
from cognite.client._mechanisms.chunks import chunked, run_chunks
from cognite.client._mechanisms.identifiers import single_identifier
from cognite.client.data_classes.sequences import SequenceRows, SequenceRowsList

if TYPE_CHECKING:
    import pandas as pd
    from typing_extensions import Unpack

    from cognite.client._api.sequences import SequencesAPI
    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr

#: What `insert` takes: SequenceRows, {row_number: values}, (row_number, values) pairs or row dicts.
RowsArg: TypeAlias = (
    "SequenceRows | dict[int, Sequence[int | float | str]] | Sequence[tuple[int, Sequence[int | float | str]]]"
    " | Sequence[dict[str, Any]]"
)

# CDF limits for sequence rows: values per insert request, rows per insert / retrieve request.
_INSERT_VALUES_LIMIT = 100_000
_ROWS_LIMIT = 10_000
_DELETE_ROWS_LIMIT = 10_000


def _rows_of(rows: Any) -> list[tuple[int, list[Any]]]:
    """Rows as (row_number, values) from a dict, (row, values) tuples, ``{"rowNumber", "values"}`` dicts or SequenceRows."""
    if isinstance(rows, SequenceRows):
        return list(rows.items())
    if isinstance(rows, dict):
        return [(int(k), list(v)) for k, v in rows.items()]
    out = []
    for r in rows:
        if isinstance(r, dict):
            out.append((int(r["rowNumber"]), list(r["values"])))
        else:
            out.append((int(r[0]), list(r[1])))
    return out


class SequencesDataAPI(APIClient):
    """``client.sequences.data``"""

    _RESOURCE_PATH = "/sequences/data"

    @property
    def _sequences(self) -> SequencesAPI:
        return self._cognite_client.sequences  # type: ignore[attr-defined, no-any-return]  # attached from the API registry

    async def insert(
        self,
        rows: RowsArg,
        columns: SequenceNotStr[str] | None = None,
        id: int | None = None,
        external_id: str | None = None,
        *,
        column_external_ids: SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Insert rows (a dict ``{row: values}``, ``(row, values)`` tuples, row dicts or ``SequenceRows``).

        ``columns``: the column external ids the values are for (default: the rows' own, else all of the sequence's
        columns); ``column_external_ids`` is the older name of the same argument.

        Example:
            >>> client.sequences.data.insert({1: ["pi", 3.14]}, columns=["a", "b"], external_id="s")  # doctest: +SKIP
        """
        ident = single_identifier(id, external_id)
        if columns is not None and column_external_ids is not None:
            raise ValueError("Give columns or column_external_ids (its older name), not both")
        column_external_ids = columns if columns is not None else column_external_ids
        if column_external_ids is None and isinstance(rows, SequenceRows):
            column_external_ids = rows.column_external_ids
        if column_external_ids is None:
            seq = await self._sequences.retrieve(**({"id": id} if id is not None else {"external_id": external_id}))
            if seq is None:
                raise ValueError(f"Sequence {ident} does not exist")
            column_external_ids = seq.column_external_ids
        pairs = _rows_of(rows)
        for r, values in pairs:
            if len(values) != len(column_external_ids):
                raise ValueError(f"Row {r} has {len(values)} values for {len(column_external_ids)} columns")
        per_request = max(1, min(_ROWS_LIMIT, _INSERT_VALUES_LIMIT // max(1, len(column_external_ids))))
        columns = list(column_external_ids)

        async def send(chunk: list[tuple[int, list[Any]]]) -> list[Any]:
            body = {"items": [{**ident, "columns": columns, "rows": [{"rowNumber": r, "values": v} for r, v in chunk]}]}
            await self._post(self._RESOURCE_PATH, json=body)
            return []

        await run_chunks(chunked(pairs, per_request), send, unwrap=lambda p: p[0])

    async def insert_dataframe(
        self,
        dataframe: pd.DataFrame,
        id: int | None = None,
        external_id: str | None = None,
        dropna: bool = True,
        **options: Unpack[CallOptions],
    ) -> None:
        """Insert a DataFrame indexed by row number with one column per sequence column (external ids).

        Example:
            >>> client.sequences.data.insert_dataframe(df, external_id="s")  # doctest: +SKIP
        """
        df = dataframe.dropna() if dropna else dataframe
        rows = [(int(r), [_py(v) for v in vals]) for r, vals in zip(df.index, df.itertuples(index=False), strict=True)]
        await self.insert(rows, [str(c) for c in df.columns], id=id, external_id=external_id)

    @overload
    async def retrieve(
        self,
        external_id: str,
        id: None = None,
        start: int = 0,
        end: int | None = None,
        columns: SequenceNotStr[str] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SequenceRows: ...
    @overload
    async def retrieve(
        self,
        external_id: SequenceNotStr[str],
        id: None = None,
        start: int = 0,
        end: int | None = None,
        columns: SequenceNotStr[str] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SequenceRowsList: ...
    @overload
    async def retrieve(
        self,
        external_id: None = None,
        *,
        id: int,
        start: int = 0,
        end: int | None = None,
        columns: SequenceNotStr[str] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SequenceRows: ...
    @overload
    async def retrieve(
        self,
        external_id: None = None,
        *,
        id: Sequence[int],
        start: int = 0,
        end: int | None = None,
        columns: SequenceNotStr[str] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SequenceRowsList: ...
    @overload
    async def retrieve(
        self,
        external_id: SequenceNotStr[str] | str,
        id: Sequence[int] | int,
        start: int = 0,
        end: int | None = None,
        columns: SequenceNotStr[str] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SequenceRowsList: ...
    async def retrieve(
        self,
        external_id: str | SequenceNotStr[str] | None = None,
        id: int | Sequence[int] | None = None,
        start: int = 0,
        end: int | None = None,
        columns: SequenceNotStr[str] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SequenceRows | SequenceRowsList:
        """Rows with start <= row number < end (all rows when end is None) of one sequence, or of several (a list
        of ids / external ids, or both given: a SequenceRowsList, ids first), following cursors.

        Example:
            >>> rows = client.sequences.data.retrieve(external_id="s", start=0, end=None)  # doctest: +SKIP
            >>> rows_list = client.sequences.data.retrieve(id=[1, 2], start=0, end=100)  # doctest: +SKIP
        """
        ids = [] if id is None else [id] if isinstance(id, int) else list(id)
        xids = [] if external_id is None else [external_id] if isinstance(external_id, str) else list(external_id)
        if isinstance(id, int) and external_id is None or isinstance(external_id, str) and id is None:
            return await self._retrieve_one(
                ids[0] if ids else None, xids[0] if xids else None, start, end, columns, limit
            )
        if not ids and not xids:
            raise ValueError("Give exactly one of id and external_id (or lists of them)")
        parts = [(i, None) for i in ids] + [(None, x) for x in xids]
        got = await asyncio.gather(*(self._retrieve_one(i, x, start, end, columns, limit) for i, x in parts))
        return SequenceRowsList(got)

    async def _retrieve_one(
        self,
        id: int | None,
        external_id: str | None,
        start: int,
        end: int | None,
        column_external_ids: SequenceNotStr[str] | None,
        limit: int | None,
    ) -> SequenceRows:
        ident = single_identifier(id, external_id)
        if limit is not None and (not isinstance(limit, int) or limit < 1):
            raise ValueError("limit must be a positive int or None")
        body: dict[str, Any] = {**ident, "start": start}
        if end is not None:
            body["end"] = end
        if column_external_ids is not None:
            body["columns"] = list(column_external_ids)
        rows: list[dict[str, Any]] = []
        res: dict[str, Any] = {}
        cursor = None
        while True:
            page = _ROWS_LIMIT if limit is None else min(_ROWS_LIMIT, limit - len(rows))
            res = (
                await self._post(self._RESOURCE_PATH + "/list", json={**body, "limit": page, "cursor": cursor})
            ).json()
            rows.extend(res.get("rows", []))
            cursor = res.get("nextCursor")
            if not cursor or (limit is not None and len(rows) >= limit):
                break
        return SequenceRows(
            rows=rows,
            columns=res.get("columns", []),
            id=res.get("id", id),
            external_id=res.get("externalId", external_id),
        )

    async def retrieve_dataframe(
        self,
        start: int,
        end: int | None,
        columns: list[str] | None = None,
        external_id: str | None = None,
        column_names: str | None = None,
        id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> pd.DataFrame:
        """Like ``retrieve``, as a DataFrame indexed by row number.

        ``column_names``: "columnExternalId" (default) or "externalId|columnExternalId".

        Example:
            >>> df = client.sequences.data.retrieve_dataframe(id=1, start=0, end=None)  # doctest: +SKIP
        """
        rows = await self._retrieve_one(id, external_id, start, end, columns, limit)
        return rows.to_pandas(column_names or "columnExternalId")

    async def retrieve_last_row(
        self,
        id: int | None = None,
        external_id: str | None = None,
        columns: SequenceNotStr[str] | None = None,
        before: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SequenceRows:
        """The last row (before ``before`` when given).

        Example:
            >>> last = client.sequences.data.retrieve_last_row(external_id="s")  # doctest: +SKIP
        """
        body: dict[str, Any] = single_identifier(id, external_id)
        if columns is not None:
            body["columns"] = list(columns)
        if before is not None:
            body["before"] = before
        res = (await self._post(self._RESOURCE_PATH + "/latest", json=body)).json()
        return SequenceRows(
            rows=res.get("rows", []),
            columns=res.get("columns", []),
            id=res.get("id"),
            external_id=res.get("externalId"),
        )

    async def delete(
        self, rows: Sequence[int], id: int | None = None, external_id: str | None = None, **options: Unpack[CallOptions]
    ) -> None:
        """Delete rows by row number.

        Example:
            >>> client.sequences.data.delete(rows=[1, 2, 42], external_id="s")  # doctest: +SKIP
        """
        ident = single_identifier(id, external_id)
        numbers = [int(r) for r in rows]

        async def send(chunk: list[int]) -> list[Any]:
            await self._post(self._RESOURCE_PATH + "/delete", json={"items": [{**ident, "rows": chunk}]})
            return []

        if numbers:
            await run_chunks(chunked(numbers, _DELETE_ROWS_LIMIT), send)

    async def delete_range(
        self,
        start: int,
        end: int | None,
        id: int | None = None,
        external_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete all rows with start <= row number < end (to the last row when end is None).

        Example:
            >>> client.sequences.data.delete_range(start=0, end=None, external_id="s")  # doctest: +SKIP
        """
        seq = await self._sequences.retrieve(**({"id": id} if id is not None else {"external_id": external_id}))
        if seq is None:
            raise ValueError("The sequence does not exist")
        first_column = seq.column_external_ids[:1]
        rows = await self._retrieve_one(id, external_id, start, end, first_column, None)
        await self.delete(rows.row_numbers, id=id, external_id=external_id)


def _py(value: Any) -> Any:
    """numpy scalars -> plain Python values for JSON."""
    return value.item() if hasattr(value, "item") else value
