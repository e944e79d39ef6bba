"""Sequences: tables of rows indexed by row number, and their data (``SequenceRows``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal, overload

from cognite.client.data_classes._base import (
    CogniteResource,
    CogniteResourceList,
    WriteableCogniteResourceList,
    _pandas,
)
from cognite.client.data_classes._generated import (
    SequenceColumnFields,
    SequenceColumnWriteFields,
    SequenceFields,
    SequenceFilterFields,
    SequenceUpdateFields,
    SequenceWriteFields,
)
from cognite.client.data_classes._navigation import client_of, run_sync

if TYPE_CHECKING:
    import pandas as pd

# The placeholders of a SequenceRows.to_pandas column name template.
_TEMPLATE = re.compile("columnExternalId|externalId|id")

__all__ = [
    "Sequence",
    "SequenceColumn",
    "SequenceColumnList",
    "SequenceColumnWrite",
    "SequenceColumnWriteList",
    "SequenceData",
    "SequenceDataList",
    "SequenceFilter",
    "SequenceList",
    "SequenceRows",
    "SequenceRowsList",
    "SequenceUpdate",
    "SequenceWrite",
    "SequenceWriteList",
]


class SequenceColumnWrite(SequenceColumnWriteFields):
    """SequenceColumnWrite (fields generated from the spec)."""


class SequenceColumn(SequenceColumnFields):
    """One column of a sequence (external_id, value_type, ...)."""


class SequenceColumnWriteList(CogniteResourceList[SequenceColumnWrite]):
    _RESOURCE = SequenceColumnWrite


class SequenceColumnList(WriteableCogniteResourceList[SequenceColumn, SequenceColumnWriteList]):
    _RESOURCE = SequenceColumn


def _load_columns(values: Any) -> list[Any]:
    return [v if isinstance(v, CogniteResource) else SequenceColumn._load(v) for v in values]


class SequenceWrite(SequenceWriteFields):
    """The writable part of a sequence.

    Example:
        >>> from cognite.client.data_classes import SequenceWrite
        >>> SequenceWrite(external_id="s", columns=[{"externalId": "a", "valueType": "DOUBLE"}]).dump()
        {'columns': [{'externalId': 'a', 'valueType': 'DOUBLE'}], 'externalId': 's'}
    """

    _nested = {"columns": _load_columns}

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        if self.columns is not None:
            out["columns"] = [c.as_write().dump(camel_case) for c in self.columns]
        return out


class Sequence(SequenceFields):
    """A sequence (fields from the spec's sequence schemas).

    Example:
        >>> from cognite.client.data_classes import Sequence
        >>> Sequence(external_id="s", columns=[{"externalId": "a"}]).column_external_ids
        ['a']
    """

    _nested = {"columns": _load_columns}

    @property
    def column_external_ids(self) -> list[str]:
        return [c.external_id for c in self.columns or []]

    @property
    def column_value_types(self) -> list[str]:
        return [c.value_type for c in self.columns or []]

    async def rows_async(self, start: int, end: int | None) -> SequenceRows:
        """The rows with start <= row number < end (to the last row when end is None) of this sequence."""
        client = client_of(self)
        ident = {"id": self.id} if self.id is not None else {"external_id": self.external_id}
        rows: SequenceRows = await client.sequences.data.retrieve(**ident, start=start, end=end)
        return rows

    def rows(self, start: int, end: int | None) -> SequenceRows:
        """The rows with start <= row number < end (to the last row when end is None) of this sequence.

        Example:
            >>> rows = client.sequences.retrieve(external_id="s").rows(start=0, end=100)  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.rows_async(start, end))


class SequenceWriteList(CogniteResourceList[SequenceWrite]):
    _RESOURCE = SequenceWrite


class SequenceList(WriteableCogniteResourceList[Sequence, SequenceWriteList]):
    _RESOURCE = Sequence


class SequenceUpdate(SequenceUpdateFields):
    """Changes to one sequence (from the spec's ``SequenceChangeDTO``)."""


class SequenceFilter(SequenceFilterFields):
    """Exact-match filter on sequences."""


class SequenceRows:
    """Rows of one sequence: ``rows[row_number]`` gives the values, ``items()`` iterates ``(row_number, values)``.

    Example:
        >>> from cognite.client.data_classes import SequenceRows
        >>> rows = SequenceRows(rows=[(1, ["a", 2.0])], columns=["s", "x"], external_id="seq")
        >>> rows[1], rows.get_column("x")
        (['a', 2.0], [2.0])
    """

    def __init__(
        self,
        rows: Any = None,
        columns: list[Any] | None = None,
        id: int | None = None,
        external_id: str | None = None,
        row_numbers: list[int] | None = None,
        values: list[list[Any]] | None = None,
    ) -> None:
        self.id = id
        self.external_id = external_id
        self.columns = [c if isinstance(c, dict) else {"externalId": c} for c in columns or []]
        if rows is not None:
            pairs = [(r["rowNumber"], r["values"]) if isinstance(r, dict) else (r[0], r[1]) for r in rows]
            self.row_numbers = [p[0] for p in pairs]
            self.values = [list(p[1]) for p in pairs]
        else:
            self.row_numbers = list(row_numbers or [])
            self.values = [list(v) for v in values or []]
        if len(self.row_numbers) != len(self.values):
            raise ValueError("row_numbers and values must have the same length")

    @property
    def column_external_ids(self) -> list[str]:
        return [str(c.get("externalId")) for c in self.columns]

    def __len__(self) -> int:
        return len(self.row_numbers)

    def __getitem__(self, row_number: int) -> list[Any]:
        try:
            return self.values[self.row_numbers.index(row_number)]
        except ValueError:
            raise KeyError(row_number) from None

    def items(self) -> Iterator[tuple[int, list[Any]]]:
        return zip(self.row_numbers, self.values, strict=True)

    def __iter__(self) -> Iterator[tuple[int, list[Any]]]:
        return self.items()

    def get_column(self, external_id: str) -> list[Any]:
        """All values of one column, in row order."""
        try:
            i = self.column_external_ids.index(external_id)
        except ValueError:
            raise KeyError(f"No column {external_id!r}; columns: {self.column_external_ids}") from None
        return [v[i] for v in self.values]

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        if self.external_id is not None:
            out["externalId" if camel_case else "external_id"] = self.external_id
        out["columns"] = self.column_external_ids
        out["rows"] = [{"rowNumber": r, "values": v} for r, v in self.items()]
        return out

    def to_pandas(self, column_names: str = "columnExternalId") -> pd.DataFrame:
        """A DataFrame indexed by row number, one column per sequence column.

        ``column_names`` is a template of ``columnExternalId``, ``externalId`` and ``id`` (e.g. "externalId|columnExternalId").

        >>> SequenceRows(rows=[(0, [1.5])], columns=["c"], external_id="s").to_pandas("externalId|columnExternalId").columns.tolist()
        ['s|c']
        """
        pd = _pandas()
        fill = {"externalId": str(self.external_id), "id": str(self.id)}

        def name(col: str) -> str:
            return _TEMPLATE.sub(lambda m: col if m.group() == "columnExternalId" else fill[m.group()], column_names)

        cols = [name(c) for c in self.column_external_ids]
        return pd.DataFrame(self.values, index=pd.Index(self.row_numbers, name="row_number"), columns=cols)

    def _repr_html_(self) -> str:
        return self.to_pandas().to_html()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SequenceRows) and self.dump() == other.dump()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SequenceRows(id={self.id}, external_id={self.external_id!r}, rows={len(self)})"


SequenceData = SequenceRows  # name used by older SDK versions


class SequenceRowsList(list[SequenceRows]):
    """Rows of several sequences."""

    @overload
    def to_pandas(
        self, key: Literal["external_id"] = "external_id", column_names: str = ..., concat: Literal[False] = False
    ) -> dict[str, pd.DataFrame]: ...
    @overload
    def to_pandas(
        self, key: Literal["id"], column_names: str = ..., concat: Literal[False] = False
    ) -> dict[int, pd.DataFrame]: ...
    @overload
    def to_pandas(
        self, key: Literal["id", "external_id"] = ..., column_names: str = ..., *, concat: Literal[True]
    ) -> pd.DataFrame: ...
    def to_pandas(
        self,
        key: Literal["id", "external_id"] = "external_id",
        column_names: str = "externalId|columnExternalId",
        concat: bool = False,
    ) -> pd.DataFrame | dict[str, pd.DataFrame] | dict[int, pd.DataFrame]:
        """One DataFrame per sequence keyed by external id (or ``key="id"``), or, with ``concat``, side by side.

        >>> rows = SequenceRowsList([SequenceRows(rows=[(0, [1.0])], columns=["c"], external_id="s", id=7)])
        >>> list(rows.to_pandas()), list(rows.to_pandas(key="id")), rows.to_pandas(concat=True).columns.tolist()
        (['s'], [7], ['s|c'])
        """
        pd = _pandas()
        if concat:
            return pd.concat([r.to_pandas(column_names) for r in self], axis=1)
        if key == "external_id":
            if any(r.external_id is None for r in self):
                raise ValueError("All sequences must have external_id set (or use key='id')")
            return {str(r.external_id): r.to_pandas(column_names) for r in self}
        if key == "id":
            if any(r.id is None for r in self):
                raise ValueError("All sequences must have id set (or use key='external_id')")
            return {int(r.id): r.to_pandas(column_names) for r in self}  # type: ignore[arg-type]
        raise ValueError(f"key must be 'id' or 'external_id', got {key!r}")


SequenceDataList = SequenceRowsList


# -- properties and sort keys of the list / aggregate calls (the official SDK's names) ----------------------------
from enum import auto  # noqa: E402

from cognite.client.data_classes._properties import CogniteSort, MetadataProperty  # noqa: E402


class SequenceProperty(MetadataProperty):
    description = auto()
    external_id = auto()
    name = auto()  # type: ignore[assignment]
    asset_id = auto()
    asset_root_id = auto()
    created_time = auto()
    data_set_id = auto()
    id = auto()
    last_updated_time = auto()
    access_categories = auto()
    metadata = auto()


class SortableSequenceProperty(MetadataProperty):
    asset_id = auto()
    created_time = auto()
    data_set_id = auto()
    description = auto()
    external_id = auto()
    last_updated_time = auto()
    name = auto()  # type: ignore[assignment]


class SequenceSort(CogniteSort):
    """One sort key of ``client.sequences.list(sort=...)``.

    Example:
        >>> from cognite.client.data_classes.sequences import SortableSequenceProperty, SequenceSort
        >>> SequenceSort(SortableSequenceProperty.created_time, "desc").dump()
        {'property': ['createdTime'], 'order': 'desc', 'nulls': 'auto'}
    """

    def __init__(
        self,
        property: SortableSequenceProperty | str | list[str],
        order: Literal["asc", "desc"] = "asc",
        nulls: Literal["auto", "first", "last"] = "auto",
    ) -> None:
        super().__init__(property, order, nulls)
