"""Events API: CRUD, list with filters and partitions, search, aggregates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import AggregateMixin, CreateMixin, CrudMixin
from cognite.client.data_classes.aggregations import UniqueResultList
from cognite.client.data_classes.events import Event, EventFilter, EventList, EventUpdate

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api._mixins import PropertyLike
    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.aggregations import AggregationFilter
    from cognite.client.data_classes.filters import Filter


class EventsAPI(CreateMixin, CrudMixin, AggregateMixin, ResourceAPI):
    """``client.events``"""

    _RESOURCE_PATH = "/events"
    _resource_cls = Event
    _list_cls = EventList
    _update_cls = EventUpdate
    _filter_cls = EventFilter

    async def list(
        self,
        start_time: Any = None,
        end_time: Any = None,
        active_at_time: Any = None,
        type: str | None = None,
        subtype: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: Sequence[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | Sequence[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | Sequence[str] | None = None,
        source: str | None = None,
        created_time: Any = None,
        last_updated_time: Any = None,
        external_id_prefix: str | None = None,
        sort: Sequence[Any] | None = None,
        partitions: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
    ) -> EventList:
        """List events matching the filters (``limit=None`` for all, ``partitions`` to fetch in parallel).

        Example:
            >>> events = client.events.list(type="failure", start_time={"max": 1500000000}, limit=5)  # doctest: +SKIP
        """
        flt = self._list_filter(locals(), "sort")
        body = {"sort": [_sort_item(s) for s in sort]} if sort else None
        return await self._list_filtered(flt, limit, partitions, body=body)

    async def aggregate_unique_values(  # type: ignore[override]  # official order: filter first
        self,
        filter: EventFilter | dict[str, Any] | None = None,
        property: PropertyLike | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        aggregate_filter: AggregationFilter | dict[str, Any] | None = None,
        fields: Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> UniqueResultList:
        """Distinct values of an event property with their counts (``fields=["type"]`` is the older form).

        Example:
            >>> res = client.events.aggregate_unique_values(property="type")  # doctest: +SKIP
        """
        if property is None and fields is not None:
            if len(fields) != 1:
                raise ValueError("Give exactly one field to aggregate over")
            property = fields[0]
        return UniqueResultList._load(
            await self._buckets("uniqueValues", property, advanced_filter, aggregate_filter, filter)
        )

    async def search(self, description: str | None = None, filter: Any = None, limit: int = 100) -> EventList:
        """Fuzzy search on description, with an exact-match filter.

        Example:
            >>> res = client.events.search(description="some description")  # doctest: +SKIP
        """
        return await self._search({"description": description}, filter, limit)


def _sort_item(s: Any) -> Any:
    """``"startTime:desc"`` / ``("start_time", "asc")`` / dicts -> the wire sort object."""
    from cognite.client.data_classes._spec import to_camel

    if isinstance(s, dict):
        return s
    if isinstance(s, (tuple, list)):
        prop, order = s[0], s[1] if len(s) > 1 else "asc"
    else:
        prop, _, order = str(s).partition(":")
    return {"property": [to_camel(prop)], "order": order or "asc"}
