"""Events API: CRUD, list with filters and partitions, search, aggregates."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import AggregateMixin, CrudMixin
from cognite.client.data_classes.aggregations import UniqueResultList
from cognite.client.data_classes.events import Event, EventFilter, EventList, EventUpdate, EventWrite

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.aggregations import AggregationFilter
    from cognite.client.data_classes.events import EndTimeFilter, EventPropertyLike, EventSort, SortableEventProperty
    from cognite.client.data_classes.filters import Filter
    from cognite.client.data_classes.shared import TimestampRange
    from cognite.client.utils.useful_types import SequenceNotStr

SortSpec: TypeAlias = (
    "EventSort | str | SortableEventProperty | tuple[str, Literal['asc', 'desc']]"
    " | tuple[str, Literal['asc', 'desc'], Literal['auto', 'first', 'last']]"
)


class EventsAPI(CrudMixin[Event, EventWrite, EventList, EventUpdate], AggregateMixin, ResourceAPI[Event, EventList]):
    """``client.events``"""

    _RESOURCE_PATH = "/events"
    _resource_cls = Event
    _list_cls = EventList
    _update_cls = EventUpdate
    _filter_cls = EventFilter

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        start_time: dict[str, Any] | TimestampRange | None = None,
        end_time: dict[str, Any] | EndTimeFilter | None = None,
        active_at_time: dict[str, Any] | TimestampRange | None = None,
        type: str | None = None,
        subtype: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        source: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Event]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        start_time: dict[str, Any] | TimestampRange | None = None,
        end_time: dict[str, Any] | EndTimeFilter | None = None,
        active_at_time: dict[str, Any] | TimestampRange | None = None,
        type: str | None = None,
        subtype: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        source: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[EventList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        start_time: dict[str, Any] | TimestampRange | None = None,
        end_time: dict[str, Any] | EndTimeFilter | None = None,
        active_at_time: dict[str, Any] | TimestampRange | None = None,
        type: str | None = None,
        subtype: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        source: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Event] | AsyncIterator[EventList]:
        """Iterate over events (or lists of ``chunk_size``), filtered like ``list`` (``partitions``: fetched in
        parallel, an addition to the official parameters).

        Example:
            >>> for event in client.events(type="alarm"):  # doctest: +SKIP
            ...     event
        """
        return self._iterate(chunk_size, self._list_filter(locals()), limit, partitions, advanced_filter, sort)

    @overload
    async def create(self, event: Event | EventWrite, **options: Unpack[CallOptions]) -> Event: ...
    @overload
    async def create(
        self, event: Sequence[Event] | Sequence[EventWrite], **options: Unpack[CallOptions]
    ) -> EventList: ...
    async def create(
        self, event: Event | EventWrite | Sequence[Event] | Sequence[EventWrite], **options: Unpack[CallOptions]
    ) -> Event | EventList:
        """Create one event or several (split into requests of 1000).

        Example:
            >>> from cognite.client.data_classes import EventWrite
            >>> res = client.events.create([EventWrite(start_time=0, end_time=1)])  # doctest: +SKIP
        """
        return await self._create(event)

    async def list(
        self,
        start_time: dict[str, Any] | TimestampRange | None = None,
        end_time: dict[str, Any] | EndTimeFilter | None = None,
        active_at_time: dict[str, Any] | TimestampRange | None = None,
        type: str | None = None,
        subtype: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        source: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        partitions: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        advanced_filter: Filter | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> EventList:
        """List events matching the filters (``limit=None`` for all, ``partitions`` to fetch in parallel).

        Example:
            >>> events = client.events.list(type="failure", start_time={"max": 1500000000}, sort=("start_time", "desc"))  # doctest: +SKIP
        """
        flt = self._list_filter(locals())
        return await self._list_filtered(flt, limit, partitions, advanced_filter=advanced_filter, sort=sort)

    async def aggregate_unique_values(  # type: ignore[override]  # official order: filter first
        self,
        filter: EventFilter | dict[str, Any] | EventPropertyLike | None = None,
        property: EventPropertyLike | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        aggregate_filter: AggregationFilter | dict[str, Any] | None = None,
        fields: Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> UniqueResultList:
        """Distinct values of an event property with their counts (``fields=["type"]``: the older form, kept).

        Example:
            >>> res = client.events.aggregate_unique_values(property="type")  # doctest: +SKIP
        """
        if property is None and isinstance(filter, (str, list, Enum)):
            # the property given first, as the official docstring examples do (there it fails as a filter)
            property, filter = filter, None
        if property is None and fields is not None:
            if len(fields) != 1:
                raise ValueError("Give exactly one field to aggregate over")
            property = fields[0]
        return UniqueResultList._load(
            await self._buckets("uniqueValues", property, advanced_filter, aggregate_filter, filter)
        )

    async def search(
        self,
        description: str | None = None,
        filter: EventFilter | dict[str, Any] | None = None,
        limit: int = 25,
        **options: Unpack[CallOptions],
    ) -> EventList:
        """Fuzzy search on description, with an exact-match filter.

        Example:
            >>> res = client.events.search(description="some description")  # doctest: +SKIP
        """
        return await self._search({"description": description}, filter, limit)
