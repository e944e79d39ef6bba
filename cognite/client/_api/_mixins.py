"""Public CRUD / aggregate methods shared by resource APIs (one implementation, declared per API)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from cognite.client._api._base import ResourceAPI, check_id_lists
from cognite.client.data_classes._update import UpdateMode
from cognite.client.data_classes.shared import AggregateResult


class RetrieveMixin(ResourceAPI):
    async def retrieve(self, id: int | None = None, external_id: str | None = None) -> Any:
        """Retrieve one resource by id or external id; None if it does not exist.

        Example:
            >>> res = client.assets.retrieve(id=1)  # doctest: +SKIP
        """
        return await self._retrieve_one(id=id, external_id=external_id)

    async def retrieve_multiple(
        self,
        ids: Sequence[int] | None = None,
        external_ids: Sequence[str] | None = None,
        ignore_unknown_ids: bool = False,
    ) -> Any:
        """Retrieve several resources by ids and/or external ids (unknown ids raise unless ignored).

        Example:
            >>> res = client.assets.retrieve_multiple(external_ids=["abc", "def"], ignore_unknown_ids=True)  # doctest: +SKIP
        """
        check_id_lists(ids, external_ids)
        return await self._retrieve_ids(ids, external_ids, ignore_unknown_ids)


class CreateMixin(ResourceAPI):
    async def create(self, item: Any) -> Any:
        """Create one resource or a list of them (split into requests of the API's create limit).

        Example:
            >>> from cognite.client.data_classes import Asset
            >>> res = client.assets.create([Asset(name="a1"), Asset(name="a2")])  # doctest: +SKIP
        """
        return await self._create(item)


class DeleteMixin(ResourceAPI):
    async def delete(
        self,
        id: int | Sequence[int] | None = None,
        external_id: str | Sequence[str] | None = None,
        ignore_unknown_ids: bool = False,
    ) -> None:
        """Delete by id(s) and/or external id(s).

        Example:
            >>> client.events.delete(id=[1, 2], external_id="x")  # doctest: +SKIP
        """
        await self._delete_ids(id, external_id, ignore_unknown_ids)


class UpdateMixin(ResourceAPI):
    async def update(self, item: Any, mode: UpdateMode = "replace_ignore_null") -> Any:
        """Apply ``*Update`` objects, or make CDF match full resource objects (``mode`` decides how).

        Example:
            >>> from cognite.client.data_classes import AssetUpdate
            >>> res = client.assets.update(AssetUpdate(id=1).description.set("New"))  # doctest: +SKIP
        """
        return await self._update(item, mode=mode)

    async def upsert(self, item: Any, mode: Literal["patch", "replace"] = "patch") -> Any:
        """Update the resources that exist (by external id) and create the rest.

        Example:
            >>> from cognite.client.data_classes import Asset
            >>> res = client.assets.upsert([Asset(external_id="a", name="A")], mode="replace")  # doctest: +SKIP
        """
        return await self._upsert(item, mode=mode)


class CrudMixin(RetrieveMixin, CreateMixin, DeleteMixin, UpdateMixin):
    pass


class AggregateMixin(ResourceAPI):
    async def aggregate(self, filter: Any = None) -> list[AggregateResult]:
        """Count resources matching an exact-match filter: ``[{"count": n}]``.

        Example:
            >>> client.assets.aggregate(filter={"external_id_prefix": "prefix"})[0].count  # doctest: +SKIP
        """
        return [AggregateResult(i) for i in await self._aggregate({"filter": self._filter_dump(filter)})]

    async def aggregate_count(self, filter: Any = None, advanced_filter: dict[str, Any] | None = None) -> int:
        """Number of resources matching the filter.

        Example:
            >>> n = client.events.aggregate_count(filter={"type": "alarm"})  # doctest: +SKIP
        """
        body: dict[str, Any] = {"aggregate": "count", "filter": self._filter_dump(filter)}
        if advanced_filter:
            body["advancedFilter"] = advanced_filter
        items = await self._aggregate(body)
        return int(items[0]["count"]) if items else 0

    async def aggregate_unique_values(
        self,
        property: str | Sequence[str] | None = None,
        filter: Any = None,
        advanced_filter: dict[str, Any] | None = None,
        fields: Sequence[str] | None = None,
    ) -> list[AggregateResult]:
        """Distinct values of a property with their counts (``fields=[...]`` is the older form).

        Example:
            >>> res = client.events.aggregate_unique_values(property="type")  # doctest: +SKIP
        """
        return await self._values("uniqueValues", property, filter, advanced_filter, fields)

    async def aggregate_cardinality_values(
        self,
        property: str | Sequence[str],
        filter: Any = None,
        advanced_filter: dict[str, Any] | None = None,
    ) -> int:
        """Number of distinct values of a property.

        Example:
            >>> n = client.assets.aggregate_cardinality_values("source")  # doctest: +SKIP
        """
        items = await self._values("cardinalityValues", property, filter, advanced_filter, None)
        return int(items[0]["count"]) if items else 0

    async def aggregate_unique_properties(
        self, path: str | Sequence[str], filter: Any = None, advanced_filter: dict[str, Any] | None = None
    ) -> list[AggregateResult]:
        """Distinct keys under an object property (e.g. ``"metadata"``) with their counts.

        Example:
            >>> keys = client.assets.aggregate_unique_properties("metadata")  # doctest: +SKIP
        """
        return await self._values("uniqueProperties", path, filter, advanced_filter, None)

    async def aggregate_cardinality_properties(
        self, path: str | Sequence[str], filter: Any = None, advanced_filter: dict[str, Any] | None = None
    ) -> int:
        """Number of distinct keys under an object property (e.g. ``"metadata"``).

        Example:
            >>> n = client.assets.aggregate_cardinality_properties("metadata")  # doctest: +SKIP
        """
        items = await self._values("cardinalityProperties", path, filter, advanced_filter, None)
        return int(items[0]["count"]) if items else 0

    async def _values(
        self, kind: str, property: Any, filter: Any, advanced_filter: Any, fields: Sequence[str] | None
    ) -> list[AggregateResult]:
        body: dict[str, Any] = {"filter": self._filter_dump(filter)}
        if property is None and fields is not None:  # older form: fields=["type"]
            if len(fields) != 1:
                raise ValueError("Give exactly one field to aggregate over")
            property = fields[0]
        if property is None:
            raise ValueError("Give the property to aggregate")
        path = [property] if isinstance(property, str) else list(property)
        body.update(aggregate=kind, properties=[{"property": [_camel_path(path[0]), *path[1:]]}])
        if advanced_filter:
            body["advancedFilter"] = advanced_filter
        return [AggregateResult(i) for i in await self._aggregate(body)]


def _camel_path(p: str) -> str:
    from cognite.client.data_classes._spec import to_camel

    return to_camel(p)
