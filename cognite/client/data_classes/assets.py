"""Assets: the resource, its write/update/filter shapes, list navigation, and ``AssetHierarchy``."""

from __future__ import annotations

import asyncio
from enum import auto
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from cognite.client.data_classes._asset_hierarchy import AssetHierarchy
from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    AggregateResultItemFields,
    AssetFields,
    AssetFilterFields,
    AssetUpdateFields,
    AssetWriteFields,
)
from cognite.client.data_classes._navigation import client_of, run_sync
from cognite.client.data_classes._properties import CogniteSort, MetadataProperty

if TYPE_CHECKING:
    from collections.abc import Sequence

    import pandas as pd

    from cognite.client.data_classes.events import EventList
    from cognite.client.data_classes.files import FileMetadataList
    from cognite.client.data_classes.sequences import SequenceList
    from cognite.client.data_classes.time_series import TimeSeriesList

__all__ = [
    "AggregateResultItem",
    "Asset",
    "AssetFilter",
    "AssetHierarchy",
    "AssetList",
    "AssetUpdate",
    "AssetWrite",
    "AssetWriteList",
]


class AggregateResultItem(AggregateResultItemFields):
    """Aggregated metrics of an asset (child_count, depth, path)."""


class AssetWrite(AssetWriteFields):
    """The writable part of an asset (what ``assets.create`` sends).

    Example:
        >>> from cognite.client.data_classes import AssetWrite
        >>> AssetWrite(name="pump", parent_external_id="root").dump()
        {'name': 'pump', 'parentExternalId': 'root'}
    """


class AssetWriteList(CogniteResourceList[AssetWrite]):
    _RESOURCE = AssetWrite


class _RelatedResources:
    """Navigation from assets to what hangs off them, shared by ``Asset`` and ``AssetList``."""

    def _asset_ids(self) -> list[int]:
        raise NotImplementedError

    async def _related(self, api_name: str, **kwargs: Any) -> Any:
        client = client_of(self)
        api = getattr(client, api_name)
        ids = self._asset_ids()
        if not ids:
            return _empty_list(api_name, client)
        # assetIds filters accept at most 100 values on some resources: 100 per list call, all in flight together
        pages = await asyncio.gather(
            *(api.list(asset_ids=ids[i : i + 100], limit=None, **kwargs) for i in range(0, len(ids), 100))
        )
        results: dict[int, Any] = {}
        for page in pages:
            for r in page:
                results.setdefault(r.id, r)  # a resource linked to several of the assets comes once
        return type(pages[0])(list(results.values()), cognite_client=client)

    async def time_series_async(self, **kwargs: Any) -> TimeSeriesList:
        return await self._related("time_series", **kwargs)

    async def events_async(self, **kwargs: Any) -> EventList:
        return await self._related("events", **kwargs)

    async def files_async(self, **kwargs: Any) -> FileMetadataList:
        return await self._related("files", **kwargs)

    async def sequences_async(self, **kwargs: Any) -> SequenceList:
        return await self._related("sequences", **kwargs)

    def time_series(self, **kwargs: Any) -> TimeSeriesList:
        """All time series linked to this asset (or these assets).

        Example:
            >>> related = client.assets.retrieve(external_id="root").subtree().time_series()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.time_series_async(**kwargs))

    def events(self, **kwargs: Any) -> EventList:
        """All events linked to this asset (or these assets).

        Example:
            >>> related = client.assets.retrieve(external_id="root").subtree().events()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.events_async(**kwargs))

    def files(self, **kwargs: Any) -> FileMetadataList:
        """All files linked to this asset (or these assets).

        Example:
            >>> related = client.assets.retrieve(external_id="root").subtree().files()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.files_async(**kwargs))

    def sequences(self, **kwargs: Any) -> SequenceList:
        """All sequences linked to this asset (or these assets).

        Example:
            >>> related = client.assets.retrieve(external_id="root").subtree().sequences()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.sequences_async(**kwargs))


def _empty_list(api_name: str, client: Any) -> Any:
    import importlib

    module, cls = {
        "time_series": ("time_series", "TimeSeriesList"),
        "events": ("events", "EventList"),
        "files": ("files", "FileMetadataList"),
        "sequences": ("sequences", "SequenceList"),
    }[api_name]
    return getattr(importlib.import_module(f"cognite.client.data_classes.{module}"), cls)([], cognite_client=client)


class Asset(_RelatedResources, AssetFields):
    """A physical asset, e.g. a factory or a pump. Fields come from the spec's ``Asset`` schema.

    Example:
        >>> from cognite.client.data_classes import Asset
        >>> Asset(name="pump", external_id="p1", metadata={"k": "v"}).dump()
        {'name': 'pump', 'externalId': 'p1', 'metadata': {'k': 'v'}}
    """

    def _asset_ids(self) -> list[int]:
        if self.id is None:
            raise ValueError("This asset has no id (retrieve it from CDF first)")
        return [self.id]

    async def parent_async(self) -> Asset | None:
        if self.parent_id is None:
            return None
        return await client_of(self).assets.retrieve(id=self.parent_id)

    async def children_async(self) -> AssetList:
        return await client_of(self).assets.list(parent_ids=self._asset_ids(), limit=None)

    async def subtree_async(self, depth: int | None = None) -> AssetList:
        return await client_of(self).assets.retrieve_subtree(id=self._asset_ids()[0], depth=depth)

    def parent(self) -> Asset | None:
        """This asset's parent (None for a root).

        Example:
            >>> parent = client.assets.retrieve(external_id="child").parent()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.parent_async())

    def children(self) -> AssetList:
        """The direct children of this asset.

        Example:
            >>> children = client.assets.retrieve(id=1).children()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.children_async())

    def subtree(self, depth: int | None = None) -> AssetList:
        """This asset and its descendants down to ``depth`` levels (all when None), parents before children.

        Example:
            >>> subtree = client.assets.retrieve(id=1).subtree(depth=2)  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.subtree_async(depth))

    def to_pandas(  # type: ignore[override]
        self,
        expand_metadata: bool = False,
        metadata_prefix: str = "metadata.",
        expand_aggregates: bool = False,
        aggregates_prefix: str = "aggregates.",
        ignore: Sequence[str] | None = None,
        camel_case: bool = False,
        convert_timestamps: bool = True,
        *,
        expand: Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """As ``CogniteResource.to_pandas``; ``expand_aggregates`` gives each aggregate its own row (older spelling:
        ``expand=("metadata", "aggregates")``).

        Example:
            >>> from cognite.client.data_classes import Asset
            >>> Asset(id=1, aggregates={"childCount": 2}).to_pandas(expand_aggregates=True).loc["aggregates.child_count", "value"]
            2
        """
        expand_aggregates = expand_aggregates or "aggregates" in (expand or ())
        df = super().to_pandas(expand_metadata, metadata_prefix, ignore, camel_case, convert_timestamps, expand=expand)
        key = "aggregates"
        if not expand_aggregates or key not in df.index or self.aggregates is None:
            return df
        df = df.drop(index=key)
        for name, value in self.aggregates.dump(camel_case=camel_case).items():
            df.loc[f"{aggregates_prefix}{name}", "value"] = value
        return df


class AssetList(_RelatedResources, WriteableCogniteResourceList[Asset, AssetWriteList]):
    """A list of assets; ``.events()``, ``.time_series()``, ``.files()``, ``.sequences()`` fetch related data.

    Example:
        >>> from cognite.client.data_classes import AssetList, Asset
        >>> AssetList([Asset(id=1, name="a")]).get(id=1).name
        'a'
    """

    _RESOURCE = Asset

    def _asset_ids(self) -> list[int]:
        return self.as_ids()


class AssetUpdate(AssetUpdateFields):
    """Changes to one asset; properties and operations come from the spec's ``AssetPatch``.

    Example:
        >>> from cognite.client.data_classes import AssetUpdate
        >>> AssetUpdate(id=1).labels.add(["PUMP"]).dump()
        {'id': 1, 'update': {'labels': {'add': [{'externalId': 'PUMP'}]}}}
    """


class AssetFilter(AssetFilterFields):
    """Exact-match filter on assets (fields from the spec's list filter).

    Example:
        >>> from cognite.client.data_classes import AssetFilter
        >>> AssetFilter(parent_ids=[1], source="s").dump()
        {'parentIds': [1], 'source': 's'}
    """


# -- properties and sort keys of the list / aggregate calls (the official SDK's names) ----------------------------


class AssetProperty(MetadataProperty):
    labels = auto()
    created_time = auto()
    data_set_id = auto()
    id = auto()
    last_updated_time = auto()
    parent_id = auto()
    root_id = auto()
    description = auto()
    external_id = auto()
    metadata = auto()
    name = auto()  # type: ignore[assignment]
    source = auto()


AssetPropertyLike: TypeAlias = "AssetProperty | str | list[str]"


class SortableAssetProperty(MetadataProperty):
    created_time = auto()
    data_set_id = auto()
    description = auto()
    external_id = auto()
    last_updated_time = auto()
    name = auto()  # type: ignore[assignment]
    source = auto()
    score = "_score_"


SortableAssetPropertyLike: TypeAlias = "SortableAssetProperty | str | list[str]"


class AssetSort(CogniteSort):
    """One sort key of ``client.assets.list(sort=...)``.

    Example:
        >>> from cognite.client.data_classes.assets import AssetSort, SortableAssetProperty
        >>> AssetSort(SortableAssetProperty.name, "desc").dump()
        {'property': ['name'], 'order': 'desc', 'nulls': 'auto'}
    """

    def __init__(
        self,
        property: SortableAssetPropertyLike,
        order: Literal["asc", "desc"] = "asc",
        nulls: Literal["auto", "first", "last"] = "auto",
    ) -> None:
        super().__init__(property, order, nulls)
