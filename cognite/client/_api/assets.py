"""Assets API: CRUD, list with filters and partitions, search, aggregates, subtree and create_hierarchy."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any, Literal

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._hierarchy_insert import HierarchyInserter
from cognite.client._api._mixins import AggregateMixin, CreateMixin, CrudMixin
from cognite.client.data_classes.assets import Asset, AssetFilter, AssetHierarchy, AssetList, AssetUpdate, AssetWrite


class AssetsAPI(CreateMixin, CrudMixin, AggregateMixin, ResourceAPI):
    """``client.assets``"""

    _RESOURCE_PATH = "/assets"
    _resource_cls = Asset
    _list_cls = AssetList
    _update_cls = AssetUpdate
    _filter_cls = AssetFilter

    async def retrieve_subtree(
        self, id: int | None = None, external_id: str | None = None, depth: int | None = None
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
        level = [root.id]
        d = 0
        while level and (depth is None or d < depth):
            # parentIds accepts at most 100 ids: one list call per 100 parents, all in flight together
            pages = await asyncio.gather(
                *(self.list(parent_ids=level[i : i + 100], limit=None) for i in range(0, len(level), 100))
            )
            children = [a for page in pages for a in page]
            found.extend(children)
            level = [c.id for c in children]
            d += 1
        return AssetList(found, cognite_client=self._cognite_client)

    async def list(
        self,
        name: str | None = None,
        parent_ids: Sequence[int] | None = None,
        parent_external_ids: Sequence[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | Sequence[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | Sequence[str] | None = None,
        labels: Any = None,
        geo_location: Any = None,
        metadata: dict[str, str] | None = None,
        source: str | None = None,
        created_time: Any = None,
        last_updated_time: Any = None,
        root: bool | None = None,
        external_id_prefix: str | None = None,
        aggregated_properties: Sequence[str] | None = None,
        partitions: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        root_ids: Sequence[int] | None = None,
        root_external_ids: Sequence[str] | None = None,
    ) -> AssetList:
        """List assets matching the filters (``limit=None`` for all; ``partitions`` fetches in parallel).

        Example:
            >>> pumps = client.assets.list(metadata={"type": "pump"}, limit=None, partitions=4)  # doctest: +SKIP
        """
        flt = self._list_filter(locals(), "aggregated_properties")
        body: dict[str, Any] = {}
        if aggregated_properties:
            body["aggregatedProperties"] = [_camel(p) for p in aggregated_properties]
        return await self._list_filtered(flt, limit, partitions, body=body)

    async def search(
        self,
        name: str | None = None,
        description: str | None = None,
        query: str | None = None,
        filter: Any = None,
        limit: int = 100,
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

    async def delete(  # type: ignore[override]  # assets also take recursive
        self,
        id: int | Sequence[int] | None = None,
        external_id: str | Sequence[str] | None = None,
        recursive: bool = False,
        ignore_unknown_ids: bool = False,
    ) -> None:
        """Delete assets (``recursive`` deletes whole subtrees).

        Example:
            >>> client.assets.delete(id=[1, 2, 3], external_id="3")  # doctest: +SKIP
        """
        await self._delete_ids(id, external_id, ignore_unknown_ids, extra_body={"recursive": recursive})

    def _write_concurrency(self) -> int:
        from cognite.client.config import global_config

        return int(global_config.concurrency_settings.general.write)


def _camel(name: str) -> str:
    from cognite.client.data_classes._spec import to_camel

    return to_camel(name)
