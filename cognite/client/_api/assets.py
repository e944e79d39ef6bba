"""Assets API: CRUD, list with filters and partitions, search, aggregates, subtree and create_hierarchy."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._hierarchy_insert import HierarchyInserter
from cognite.client._api._mixins import AggregateMixin, CrudMixin
from cognite.client.data_classes.assets import Asset, AssetFilter, AssetHierarchy, AssetList, AssetUpdate, AssetWrite

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.assets import AssetSort, SortableAssetProperty
    from cognite.client.data_classes.filters import Filter
    from cognite.client.data_classes.labels import LabelFilter
    from cognite.client.data_classes.shared import GeoLocationFilter, TimestampRange
    from cognite.client.utils.useful_types import SequenceNotStr

AggregateAssetProperty: TypeAlias = Literal["child_count", "path", "depth"]

SortSpec: TypeAlias = "AssetSort | str | SortableAssetProperty | tuple[str, Literal['asc', 'desc']] | tuple[str, Literal['asc', 'desc'], Literal['auto', 'first', 'last']]"


class AssetsAPI(CrudMixin[Asset, AssetWrite, AssetList, AssetUpdate], AggregateMixin, ResourceAPI[Asset, AssetList]):
    """``client.assets``"""

    _RESOURCE_PATH = "/assets"
    _resource_cls = Asset
    _list_cls = AssetList
    _update_cls = AssetUpdate
    _filter_cls = AssetFilter

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        name: str | None = None,
        parent_ids: Sequence[int] | None = None,
        parent_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        metadata: dict[str, str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        labels: LabelFilter | None = None,
        geo_location: GeoLocationFilter | None = None,
        source: str | None = None,
        created_time: TimestampRange | dict[str, Any] | None = None,
        last_updated_time: TimestampRange | dict[str, Any] | None = None,
        root: bool | None = None,
        external_id_prefix: str | None = None,
        aggregated_properties: Sequence[AggregateAssetProperty] | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Asset]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        name: str | None = None,
        parent_ids: Sequence[int] | None = None,
        parent_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        metadata: dict[str, str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        labels: LabelFilter | None = None,
        geo_location: GeoLocationFilter | None = None,
        source: str | None = None,
        created_time: TimestampRange | dict[str, Any] | None = None,
        last_updated_time: TimestampRange | dict[str, Any] | None = None,
        root: bool | None = None,
        external_id_prefix: str | None = None,
        aggregated_properties: Sequence[AggregateAssetProperty] | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AssetList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        name: str | None = None,
        parent_ids: Sequence[int] | None = None,
        parent_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        metadata: dict[str, str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        labels: LabelFilter | None = None,
        geo_location: GeoLocationFilter | None = None,
        source: str | None = None,
        created_time: TimestampRange | dict[str, Any] | None = None,
        last_updated_time: TimestampRange | dict[str, Any] | None = None,
        root: bool | None = None,
        external_id_prefix: str | None = None,
        aggregated_properties: Sequence[AggregateAssetProperty] | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Asset] | AsyncIterator[AssetList]:
        """Iterate over assets (or lists of ``chunk_size``), filtered like ``list`` (``partitions``: fetched in
        parallel, an addition to the official parameters).

        Example:
            >>> for asset_list in client.assets(chunk_size=2500, source="sap"):  # doctest: +SKIP
            ...     asset_list
        """
        flt = self._list_filter(locals(), "aggregated_properties")
        body = _aggregated(aggregated_properties)
        return self._iterate(chunk_size, flt, limit, partitions, advanced_filter, sort, body)

    @overload
    async def create(self, asset: Asset | AssetWrite, **options: Unpack[CallOptions]) -> Asset: ...
    @overload
    async def create(
        self, asset: Sequence[Asset] | Sequence[AssetWrite], **options: Unpack[CallOptions]
    ) -> AssetList: ...
    async def create(
        self, asset: Asset | AssetWrite | Sequence[Asset] | Sequence[AssetWrite], **options: Unpack[CallOptions]
    ) -> Asset | AssetList:
        """Create one asset or several (split into requests of 1000); use ``create_hierarchy`` for trees.

        Example:
            >>> from cognite.client.data_classes import AssetWrite
            >>> res = client.assets.create([AssetWrite(name="a1"), AssetWrite(name="a2")])  # doctest: +SKIP
        """
        return await self._create(asset)

    async def retrieve_subtree(
        self,
        id: int | None = None,
        external_id: str | None = None,
        depth: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AssetList:
        """The asset and its descendants down to ``depth`` levels (all when None); empty if the asset does not exist.

        Example:
            >>> subtree = client.assets.retrieve_subtree(external_id="root", depth=2)  # doctest: +SKIP
        """
        if depth is not None and (not isinstance(depth, int) or depth < 0):
            raise ValueError("depth must be a non-negative int or None")
        root = await self.retrieve(id=id, external_id=external_id)
        if root is None:
            return AssetList([], cognite_client=self._cognite_client)
        found = [root]
        level: list[int] = [root.id] if root.id is not None else []
        d = 0
        while level and (depth is None or d < depth):
            # parentIds accepts at most 100 ids: one list call per 100 parents, all in flight together
            pages = await asyncio.gather(
                *(self.list(parent_ids=level[i : i + 100], limit=None) for i in range(0, len(level), 100))
            )
            children = [a for page in pages for a in page]
            found.extend(children)
            level = [c.id for c in children if c.id is not None]
            d += 1
        return AssetList(found, cognite_client=self._cognite_client)

    async def list(
        self,
        name: str | None = None,
        parent_ids: Sequence[int] | None = None,
        parent_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        labels: LabelFilter | None = None,
        geo_location: GeoLocationFilter | None = None,
        metadata: dict[str, str] | None = None,
        source: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        root: bool | None = None,
        external_id_prefix: str | None = None,
        aggregated_properties: Sequence[AggregateAssetProperty] | None = None,
        partitions: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        **options: Unpack[CallOptions],
    ) -> AssetList:
        """List assets matching the filters (``limit=None`` for all; ``partitions`` fetches in parallel).

        ``advanced_filter`` (a ``filters.Filter`` or its dict) and ``sort`` (``"name"``, ``("name", "desc")``,
        ``AssetSort``, or a list of them) go to CDF with the exact-match filters.

        Example:
            >>> from cognite.client.data_classes import filters
            >>> pumps = client.assets.list(advanced_filter=filters.Prefix("name", "pump"), sort=("name", "desc"))  # doctest: +SKIP
        """
        flt = self._list_filter(locals(), "aggregated_properties")
        body = _aggregated(aggregated_properties)
        return await self._list_filtered(flt, limit, partitions, body=body, advanced_filter=advanced_filter, sort=sort)

    async def search(
        self,
        name: str | None = None,
        description: str | None = None,
        query: str | None = None,
        filter: AssetFilter | dict[str, Any] | None = None,
        limit: int = 25,
        **options: Unpack[CallOptions],
    ) -> AssetList:
        """Fuzzy search on name / description / query, with an exact-match filter.

        Example:
            >>> res = client.assets.search(name="pump", filter={"parent_ids": [123]})  # doctest: +SKIP
        """
        return await self._search({"name": name, "description": description, "query": query}, filter, limit)

    async def create_hierarchy(
        self,
        assets: Sequence[Asset | AssetWrite] | AssetHierarchy,
        *,
        upsert: bool = False,
        upsert_mode: Literal["patch", "replace"] = "patch",
        **options: Unpack[CallOptions],
    ) -> AssetList:
        """Create assets linked by ``parent_external_id``, parents before children, in parallel batches.

        The hierarchy is validated first (``AssetHierarchy``; orphans are taken to have their parent in CDF).
        On failure a ``CogniteAPIError`` lists what was created (``successful``), what may have been (``unknown``)
        and what was not (``failed``, including every descendant of a failed asset).

        Example:
            >>> from cognite.client.data_classes import Asset
            >>> assets = [Asset(external_id="root", name="root"), Asset(external_id="child", parent_external_id="root", name="child")]
            >>> res = client.assets.create_hierarchy(assets, upsert=True, upsert_mode="patch")  # doctest: +SKIP
        """
        if upsert_mode not in ("patch", "replace"):
            raise ValueError(f"upsert_mode must be 'patch' or 'replace', not {upsert_mode!r}")
        if isinstance(assets, AssetHierarchy):
            hierarchy = assets
            hierarchy._ignore_orphans = True
        else:
            if not isinstance(assets, Sequence) or isinstance(assets, str):
                raise TypeError(
                    f"create_hierarchy: assets must be a list of Asset/AssetWrite, not {type(assets).__name__}"
                )
            for a in assets:
                if not isinstance(a, (Asset, AssetWrite)):
                    raise TypeError(f"create_hierarchy takes Asset or AssetWrite objects, not {type(a).__name__}")
            hierarchy = AssetHierarchy(assets, ignore_orphans=True)
        hierarchy.validate(on_error="raise")
        if len(hierarchy) == 0:
            return AssetList([], cognite_client=self._cognite_client)
        inserter = HierarchyInserter(
            self, hierarchy, upsert, upsert_mode, batch_size=self._CREATE_LIMIT, max_in_flight=self._write_concurrency()
        )
        created = await inserter.run()
        inserter.raise_if_failed(created)
        return AssetList(created, cognite_client=self._cognite_client)

    async def delete(  # type: ignore[override]  # assets also take recursive (before ignore_unknown_ids, as official)
        self,
        id: int | Sequence[int] | None = None,
        external_id: str | SequenceNotStr[str] | None = None,
        recursive: bool = False,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete assets (``recursive`` deletes whole subtrees).

        Example:
            >>> client.assets.delete(id=[1, 2, 3], external_id="3")  # doctest: +SKIP
        """
        await self._delete_ids(id, external_id, ignore_unknown_ids, extra_body={"recursive": recursive})

    def _write_concurrency(self) -> int:
        from cognite.client.config import global_config

        return int(global_config.concurrency_settings.general.write)


def _aggregated(aggregated_properties: Sequence[str] | None) -> dict[str, Any] | None:
    """The ``aggregatedProperties`` body field (``child_count`` -> ``childCount``)."""
    if not aggregated_properties:
        return None
    from cognite.client.data_classes._spec import to_camel

    return {"aggregatedProperties": [to_camel(p) for p in aggregated_properties]}
