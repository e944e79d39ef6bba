"""Sequences API (metadata): CRUD, list, search, aggregates. Rows are ``client.sequences.data``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from collections.abc import Sequence as SequenceType
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import AggregateMixin, CrudMixin
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.sequences import (
    Sequence,
    SequenceFilter,
    SequenceList,
    SequenceUpdate,
    SequenceWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api.sequence_data import SequencesDataAPI
    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.filters import Filter
    from cognite.client.data_classes.sequences import SequenceSort, SortableSequenceProperty
    from cognite.client.data_classes.shared import TimestampRange
    from cognite.client.utils.useful_types import SequenceNotStr

SortSpec: TypeAlias = (
    "SequenceSort | str | SortableSequenceProperty | tuple[str, Literal['asc', 'desc']]"
    " | tuple[str, Literal['asc', 'desc'], Literal['auto', 'first', 'last']]"
)
SortArg: TypeAlias = "SortSpec | list[SortSpec]"  # at module level: `list` here is the builtin, not the method


class SequencesAPI(
    CrudMixin[Sequence, SequenceWrite, SequenceList, SequenceUpdate],
    AggregateMixin,
    ResourceAPI[Sequence, SequenceList],
):
    """``client.sequences``"""

    data: Accessor[SequencesDataAPI] = Accessor()

    _RESOURCE_PATH = "/sequences"
    _resource_cls = Sequence
    _list_cls = SequenceList
    _update_cls = SequenceUpdate
    _filter_cls = SequenceFilter

    @overload
    async def create(self, sequence: Sequence | SequenceWrite, **options: Unpack[CallOptions]) -> Sequence: ...
    @overload
    async def create(
        self, sequence: SequenceType[Sequence] | SequenceType[SequenceWrite], **options: Unpack[CallOptions]
    ) -> SequenceList: ...
    async def create(
        self,
        sequence: Sequence | SequenceWrite | SequenceType[Sequence] | SequenceType[SequenceWrite],
        **options: Unpack[CallOptions],
    ) -> Sequence | SequenceList:
        """Create one sequence or several (split into requests of the create limit).

        Example:
            >>> from cognite.client.data_classes import SequenceWrite, SequenceColumnWrite
            >>> seq = client.sequences.create(  # doctest: +SKIP
            ...     SequenceWrite(external_id="s", columns=[SequenceColumnWrite(external_id="a", value_type="Double")]))
        """
        return await self._create(sequence)

    async def list(
        self,
        name: str | None = None,
        external_id_prefix: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: SequenceType[int] | None = None,
        asset_subtree_ids: int | SequenceType[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | SequenceType[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortArg | None = None,
        **options: Unpack[CallOptions],
    ) -> SequenceList:
        """List sequences matching the filters (``limit=None`` for all, ``partitions`` to fetch in parallel).

        Example:
            >>> seqs = client.sequences.list(external_id_prefix="well", limit=5)  # doctest: +SKIP
        """
        flt = self._list_filter(locals())
        return await self._list_filtered(flt, limit, partitions, advanced_filter=advanced_filter, sort=sort)

    @overload  # type: ignore[override]  # the official list filters, after chunk_size
    def __call__(
        self,
        chunk_size: None = None,
        name: str | None = None,
        external_id_prefix: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: SequenceType[int] | None = None,
        asset_subtree_ids: int | SequenceType[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | SequenceType[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortArg | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Sequence]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        name: str | None = None,
        external_id_prefix: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: SequenceType[int] | None = None,
        asset_subtree_ids: int | SequenceType[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | SequenceType[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortArg | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SequenceList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        name: str | None = None,
        external_id_prefix: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: SequenceType[int] | None = None,
        asset_subtree_ids: int | SequenceType[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | SequenceType[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortArg | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Sequence] | AsyncIterator[SequenceList]:
        """Iterate over sequences matching the filters (or lists of ``chunk_size``).

        Example:
            >>> for seq in client.sequences(external_id_prefix="well"):  # doctest: +SKIP
            ...     seq
        """
        flt = self._list_filter(locals())
        return self._iterate(chunk_size, flt, limit, advanced_filter=advanced_filter, sort=sort)

    async def aggregate_count(  # type: ignore[override]  # official: no `property` for sequences
        self,
        advanced_filter: Filter | dict[str, Any] | None = None,
        filter: SequenceFilter | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> int:
        """Number of sequences matching the filters.

        Example:
            >>> n = client.sequences.aggregate_count(filter={"external_id_prefix": "well"})  # doctest: +SKIP
        """
        return await self._count(None, advanced_filter, filter)

    async def search(
        self,
        name: str | None = None,
        description: str | None = None,
        query: str | None = None,
        filter: SequenceFilter | dict[str, Any] | None = None,
        limit: int = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> SequenceList:
        """Fuzzy search on name / description / query, with an exact-match filter.

        Example:
            >>> res = client.sequences.search(name="some name")  # doctest: +SKIP
        """
        return await self._search({"name": name, "description": description, "query": query}, filter, limit)
