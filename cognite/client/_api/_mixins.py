"""Public CRUD / aggregate methods shared by resource APIs (one implementation, typed per API by its parameters).

A resource API picks the mixins it offers and binds their type parameters, e.g.
``class EventsAPI(CrudMixin[Event, EventWrite, EventList, EventUpdate], AggregateMixin, ResourceAPI[...])``.
``create`` is not here: each API declares it with the official parameter name (``create(asset=...)``), overloaded
one object -> ``T_Res`` / a sequence -> ``T_List``, calling ``self._create``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeAlias, overload

from cognite.client._api._base import (
    ResourceAPI,
    T_List,
    T_Res,
    T_Update,
    T_Write,
    check_id_lists,
    count_of,
)
from cognite.client.data_classes._update import UpdateMode
from cognite.client.data_classes.aggregations import AggregationFilter, UniqueResultList
from cognite.client.data_classes.shared import AggregateResult

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes._base import CogniteFilter
    from cognite.client.data_classes._properties import EnumProperty
    from cognite.client.data_classes.filters import Filter
    from cognite.client.utils.useful_types import SequenceNotStr

#: A property to aggregate over: ``"source"``, ``["metadata", "key"]`` or a property enum (``AssetProperty.source``).
PropertyLike: TypeAlias = "str | list[str] | EnumProperty"
FilterLike: TypeAlias = "CogniteFilter | dict[str, Any] | None"
AdvancedFilterLike: TypeAlias = "Filter | dict[str, Any] | None"
AggregateFilterLike: TypeAlias = "AggregationFilter | dict[str, Any] | None"


class RetrieveMixin(ResourceAPI[T_Res, T_List]):
    async def retrieve(
        self, id: int | None = None, external_id: str | None = None, **options: Unpack[CallOptions]
    ) -> T_Res | None:
        """Retrieve one resource by id or external id; None if it does not exist.

        Example:
            >>> res = client.assets.retrieve(id=1)  # doctest: +SKIP
        """
        return await self._retrieve_one(id=id, external_id=external_id)

    async def retrieve_multiple(
        self,
        ids: Sequence[int] | None = None,
        external_ids: SequenceNotStr[str] | None = None,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> T_List:
        """Retrieve several resources by ids and/or external ids (unknown ids raise unless ignored).

        Example:
            >>> res = client.assets.retrieve_multiple(external_ids=["abc", "def"], ignore_unknown_ids=True)  # doctest: +SKIP
        """
        check_id_lists(ids, external_ids)
        return await self._retrieve_ids(ids, external_ids, ignore_unknown_ids)


class DeleteMixin(ResourceAPI[Any, Any]):
    async def delete(
        self,
        id: int | Sequence[int] | None = None,
        external_id: str | SequenceNotStr[str] | None = None,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete by id(s) and/or external id(s).

        Example:
            >>> client.events.delete(id=[1, 2], external_id="x")  # doctest: +SKIP
        """
        await self._delete_ids(id, external_id, ignore_unknown_ids)


class UpdateMixin(ResourceAPI[T_Res, T_List], Generic[T_Res, T_Write, T_List, T_Update]):
    @overload
    async def update(
        self,
        item: T_Res | T_Write | T_Update,
        mode: UpdateMode = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> T_Res: ...
    @overload
    async def update(
        self,
        item: Sequence[T_Res | T_Write | T_Update],
        mode: UpdateMode = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> T_List: ...
    async def update(
        self,
        item: T_Res | T_Write | T_Update | Sequence[T_Res | T_Write | T_Update],
        mode: UpdateMode = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> T_Res | T_List:
        """Apply ``*Update`` objects, or make CDF match full resource objects (``mode`` decides how).

        Example:
            >>> from cognite.client.data_classes import AssetUpdate
            >>> res = client.assets.update(AssetUpdate(id=1).description.set("New"))  # doctest: +SKIP
        """
        return await self._update(item, mode=mode)  # type: ignore[no-any-return]

    @overload
    async def upsert(
        self, item: T_Res | T_Write, mode: Literal["patch", "replace"] = "patch", **options: Unpack[CallOptions]
    ) -> T_Res: ...
    @overload
    async def upsert(
        self,
        item: Sequence[T_Res | T_Write],
        mode: Literal["patch", "replace"] = "patch",
        **options: Unpack[CallOptions],
    ) -> T_List: ...
    async def upsert(
        self,
        item: T_Res | T_Write | Sequence[T_Res | T_Write],
        mode: Literal["patch", "replace"] = "patch",
        **options: Unpack[CallOptions],
    ) -> T_Res | T_List:
        """Update the resources that exist (by id / external id) and create the rest.

        Example:
            >>> from cognite.client.data_classes import AssetWrite
            >>> res = client.assets.upsert([AssetWrite(external_id="a", name="A")], mode="replace")  # doctest: +SKIP
        """
        return await self._upsert(item, mode=mode)  # type: ignore[no-any-return]


class CrudMixin(
    RetrieveMixin[T_Res, T_List],
    DeleteMixin,
    UpdateMixin[T_Res, T_Write, T_List, T_Update],
    Generic[T_Res, T_Write, T_List, T_Update],
):
    """retrieve / retrieve_multiple + delete + update / upsert (``create`` is declared per API)."""


class LegacyAggregateMixin(ResourceAPI[Any, Any]):
    """``aggregate(filter)``: the older count call, kept for code written against earlier SDK versions."""

    async def aggregate(self, filter: FilterLike = None, **options: Unpack[CallOptions]) -> list[AggregateResult]:
        """Count resources matching an exact-match filter: ``[{"count": n}]`` (older form of ``aggregate_count``).

        Example:
            >>> client.assets.aggregate(filter={"external_id_prefix": "prefix"})[0].count  # doctest: +SKIP
        """
        return [AggregateResult(i) for i in await self._aggregate({"filter": self._filter_dump(filter)})]


class AggregateMixin(LegacyAggregateMixin):
    """``aggregate_count`` and the value / property aggregates, over ``filter``, ``advanced_filter`` and (for the
    value / property buckets) ``aggregate_filter``. APIs whose official parameters differ override one method."""

    async def aggregate_count(
        self,
        property: PropertyLike | None = None,
        advanced_filter: AdvancedFilterLike = None,
        filter: FilterLike = None,
        **options: Unpack[CallOptions],
    ) -> int:
        """Number of resources matching the filters (with ``property``: those that have it).

        Example:
            >>> n = client.events.aggregate_count(filter={"type": "alarm"})  # doctest: +SKIP
        """
        return await self._count(property, advanced_filter, filter)

    async def aggregate_unique_values(
        self,
        property: PropertyLike,
        advanced_filter: AdvancedFilterLike = None,
        aggregate_filter: AggregateFilterLike = None,
        filter: FilterLike = None,
        **options: Unpack[CallOptions],
    ) -> UniqueResultList:
        """Distinct values of a property with their counts, most frequent first.

        Example:
            >>> res = client.assets.aggregate_unique_values("source")  # doctest: +SKIP
        """
        return UniqueResultList._load(
            await self._buckets("uniqueValues", property, advanced_filter, aggregate_filter, filter)
        )

    async def aggregate_cardinality_values(
        self,
        property: PropertyLike,
        advanced_filter: AdvancedFilterLike = None,
        aggregate_filter: AggregateFilterLike = None,
        filter: FilterLike = None,
        **options: Unpack[CallOptions],
    ) -> int:
        """Number of distinct values of a property.

        Example:
            >>> n = client.assets.aggregate_cardinality_values("source")  # doctest: +SKIP
        """
        return count_of(await self._buckets("cardinalityValues", property, advanced_filter, aggregate_filter, filter))

    async def aggregate_unique_properties(
        self,
        path: PropertyLike,
        advanced_filter: AdvancedFilterLike = None,
        aggregate_filter: AggregateFilterLike = None,
        filter: FilterLike = None,
        **options: Unpack[CallOptions],
    ) -> UniqueResultList:
        """Distinct keys under an object property (e.g. ``"metadata"``) with their counts.

        Example:
            >>> keys = client.assets.aggregate_unique_properties("metadata")  # doctest: +SKIP
        """
        return UniqueResultList._load(
            await self._buckets("uniqueProperties", path, advanced_filter, aggregate_filter, filter)
        )

    async def aggregate_cardinality_properties(
        self,
        path: PropertyLike,
        advanced_filter: AdvancedFilterLike = None,
        aggregate_filter: AggregateFilterLike = None,
        filter: FilterLike = None,
        **options: Unpack[CallOptions],
    ) -> int:
        """Number of distinct keys under an object property (e.g. ``"metadata"``).

        Example:
            >>> n = client.assets.aggregate_cardinality_properties("metadata")  # doctest: +SKIP
        """
        return count_of(await self._buckets("cardinalityProperties", path, advanced_filter, aggregate_filter, filter))
