"""3D API: models, revisions (and their nodes), files and asset mappings."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.three_d import (
    ThreeDAssetMapping,
    ThreeDAssetMappingList,
    ThreeDModel,
    ThreeDModelList,
    ThreeDModelRevision,
    ThreeDModelRevisionList,
    ThreeDModelRevisionUpdate,
    ThreeDModelUpdate,
    ThreeDNode,
    ThreeDNodeList,
)


def _ids(id: int | Sequence[int]) -> list[dict[str, int]]:
    ids = [id] if isinstance(id, int) else list(id)
    for i in ids:
        if isinstance(i, bool) or not isinstance(i, int):
            raise TypeError(f"3D ids are ints, got {i!r}")
    return [{"id": i} for i in ids]


class ThreeDAPI(APIClient):
    """``client.three_d`` (``models``, ``revisions``, ``files``, ``asset_mappings`` come from the API registry)."""

    models: Accessor[ThreeDModelsAPI] = Accessor()
    revisions: Accessor[ThreeDRevisionsAPI] = Accessor()
    files: Accessor[ThreeDFilesAPI] = Accessor()
    asset_mappings: Accessor[ThreeDAssetMappingAPI] = Accessor()


class ThreeDModelsAPI(ResourceAPI):
    """``client.three_d.models``"""

    _RESOURCE_PATH = "/3d/models"
    _resource_cls = ThreeDModel
    _list_cls = ThreeDModelList
    _update_cls = ThreeDModelUpdate

    async def retrieve(self, id: int) -> ThreeDModel | None:
        """One model by id.

        Example:
            >>> model = client.three_d.models.retrieve(id=1)  # doctest: +SKIP
        """
        return self._load((await self._get(f"{self._RESOURCE_PATH}/{int(id)}")).json())

    async def list(self, published: bool | None = None, limit: int | None = DEFAULT_LIMIT_READ) -> ThreeDModelList:
        """List models (``published`` filters on having a published revision).

        Example:
            >>> models = client.three_d.models.list(published=True)  # doctest: +SKIP
        """
        body = {"published": str(published).lower()} if published is not None else None
        return await self._list(method="GET", limit=limit, body=body, load=self._load, list_cls=self._new_list)

    def __call__(  # type: ignore[override]
        self, chunk_size: int | None = None, limit: int | None = None, published: bool | None = None
    ) -> AsyncIterator[Any]:
        """Iterate over models."""
        body = {"published": str(published).lower()} if published is not None else None
        return self._list_generator(
            method="GET", chunk_size=chunk_size, limit=limit, body=body, load=self._load, list_cls=self._new_list
        )

    async def create(
        self, name: str | Sequence[str] | ThreeDModel | Sequence[ThreeDModel], data_set_id: int | None = None
    ) -> Any:
        """Create one model (a name or ``ThreeDModel``) or several.

        Example:
            >>> model = client.three_d.models.create(name="My Model")  # doctest: +SKIP
        """

        def as_model(n: Any) -> Any:
            return ThreeDModel(name=n, data_set_id=data_set_id) if isinstance(n, str) else n

        items = as_model(name) if isinstance(name, (str, ThreeDModel)) else [as_model(n) for n in name]
        return await self._create(items)

    async def update(self, item: Any, mode: str = "replace_ignore_null") -> Any:
        """Update models from ``ThreeDModel`` objects or ``ThreeDModelUpdate``.

        Example:
            >>> from cognite.client.data_classes import ThreeDModelUpdate
            >>> client.three_d.models.update(ThreeDModelUpdate(id=1).name.set("New Name"))  # doctest: +SKIP
        """
        return await self._update(item, mode=mode)  # type: ignore[arg-type]

    async def delete(self, id: int | Sequence[int]) -> None:
        """Delete models.

        Example:
            >>> client.three_d.models.delete(id=1)  # doctest: +SKIP
        """
        await self._delete_multiple(_ids(id))


class ThreeDRevisionsAPI(ResourceAPI):
    """``client.three_d.revisions``"""

    _resource_cls = ThreeDModelRevision
    _list_cls = ThreeDModelRevisionList
    _update_cls = ThreeDModelRevisionUpdate

    @staticmethod
    def _path(model_id: int) -> str:
        return f"/3d/models/{int(model_id)}/revisions"

    def _load_node(self, item: dict[str, Any]) -> ThreeDNode:
        return ThreeDNode._load(item, cognite_client=self._cognite_client)

    def _nodes(self, xs: list[Any]) -> ThreeDNodeList:
        return ThreeDNodeList(xs, cognite_client=self._cognite_client)

    async def retrieve(self, model_id: int, id: int) -> ThreeDModelRevision:
        """One revision.

        Example:
            >>> rev = client.three_d.revisions.retrieve(model_id=1, id=1)  # doctest: +SKIP
        """
        return self._load((await self._get(f"{self._path(model_id)}/{int(id)}")).json())

    async def create(self, model_id: int, revision: Any) -> Any:
        """Create revisions of a model (each needs the ``file_id`` of an uploaded 3D file).

        Example:
            >>> from cognite.client.data_classes import ThreeDModelRevision
            >>> rev = client.three_d.revisions.create(model_id=1, revision=ThreeDModelRevision(file_id=1))  # doctest: +SKIP
        """
        return await self._create(revision, path=self._path(model_id))

    async def list(
        self, model_id: int, published: bool = False, limit: int | None = DEFAULT_LIMIT_READ
    ) -> ThreeDModelRevisionList:
        """List the revisions of a model.

        Example:
            >>> revs = client.three_d.revisions.list(model_id=1, published=True, limit=100)  # doctest: +SKIP
        """
        body = {"published": "true"} if published else None
        return await self._list(
            method="GET", path=self._path(model_id), limit=limit, body=body, load=self._load, list_cls=self._new_list
        )

    async def update(self, model_id: int, item: Any, mode: str = "replace_ignore_null") -> Any:
        """Update revisions.

        Example:
            >>> from cognite.client.data_classes import ThreeDModelRevisionUpdate
            >>> client.three_d.revisions.update(model_id=1, item=ThreeDModelRevisionUpdate(id=1).published.set(True))  # doctest: +SKIP
        """
        return await self._update(item, mode=mode, path=self._path(model_id) + "/update")  # type: ignore[arg-type]

    async def delete(self, model_id: int, id: int | Sequence[int]) -> None:
        """Delete revisions.

        Example:
            >>> client.three_d.revisions.delete(model_id=1, id=1)  # doctest: +SKIP
        """
        await self._delete_multiple(_ids(id), path=self._path(model_id) + "/delete")

    async def update_thumbnail(self, model_id: int, revision_id: int, file_id: int) -> None:
        """Set a revision's thumbnail to an uploaded image file.

        Example:
            >>> client.three_d.revisions.update_thumbnail(model_id=1, revision_id=1, file_id=1)  # doctest: +SKIP
        """
        await self._post(f"{self._path(model_id)}/{int(revision_id)}/thumbnail", json={"fileId": int(file_id)})

    async def list_nodes(
        self,
        model_id: int,
        revision_id: int,
        node_id: int | None = None,
        depth: int | None = None,
        sort_by_node_id: bool = False,
        partitions: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
    ) -> ThreeDNodeList:
        """List nodes (the subtree of ``node_id`` down to ``depth`` when given).

        Example:
            >>> nodes = client.three_d.revisions.list_nodes(model_id=1, revision_id=1, limit=10)  # doctest: +SKIP
        """
        body: dict[str, Any] = {"depth": depth, "nodeId": node_id}
        if sort_by_node_id:
            body["sortByNodeId"] = "true"
        return await self._list(
            method="GET",
            path=f"{self._path(model_id)}/{int(revision_id)}/nodes",
            limit=limit,
            body=body,
            partitions=partitions,
            load=self._load_node,
            list_cls=self._nodes,
        )

    async def filter_nodes(
        self,
        model_id: int,
        revision_id: int,
        properties: dict[str, dict[str, Sequence[str]]] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
    ) -> ThreeDNodeList:
        """Nodes whose properties match (``{"category": {"key": ["value", ...]}}``).

        Example:
            >>> nodes = client.three_d.revisions.filter_nodes(1, 1, properties={"PDMS": {"Type": ["PIPE"]}})  # doctest: +SKIP
        """
        flt = {"properties": properties} if properties else {}
        return await self._list(
            path=f"{self._path(model_id)}/{int(revision_id)}/nodes/list",
            limit=limit,
            filter=flt,
            partitions=partitions,
            load=self._load_node,
            list_cls=self._nodes,
        )

    async def list_ancestor_nodes(
        self, model_id: int, revision_id: int, node_id: int, limit: int | None = DEFAULT_LIMIT_READ
    ) -> ThreeDNodeList:
        """The ancestors of a node (root first, the node itself last).

        Example:
            >>> nodes = client.three_d.revisions.list_ancestor_nodes(1, 1, node_id=5, limit=10)  # doctest: +SKIP
        """
        return await self._list(
            method="GET",
            path=f"{self._path(model_id)}/{int(revision_id)}/nodes/{int(node_id)}/ancestors",
            limit=limit,
            load=self._load_node,
            list_cls=self._nodes,
        )


class ThreeDFilesAPI(APIClient):
    """``client.three_d.files``"""

    async def retrieve(self, id: int) -> bytes:
        """The content of a 3D file.

        Example:
            >>> data = client.three_d.files.retrieve(1)  # doctest: +SKIP
        """
        return (await self._get(f"/3d/files/{int(id)}", headers={"accept": "*/*"})).content


class ThreeDAssetMappingAPI(ResourceAPI):
    """``client.three_d.asset_mappings``"""

    _resource_cls = ThreeDAssetMapping
    _list_cls = ThreeDAssetMappingList

    @staticmethod
    def _path(model_id: int, revision_id: int) -> str:
        return f"/3d/models/{int(model_id)}/revisions/{int(revision_id)}/mappings"

    async def list(
        self,
        model_id: int,
        revision_id: int,
        node_id: int | None = None,
        asset_id: int | None = None,
        intersects_bounding_box: Any = None,
        limit: int | None = DEFAULT_LIMIT_READ,
    ) -> ThreeDAssetMappingList:
        """List asset mappings of a revision.

        Example:
            >>> mappings = client.three_d.asset_mappings.list(model_id=1, revision_id=1)  # doctest: +SKIP
        """
        body: dict[str, Any] = {"nodeId": node_id, "assetId": asset_id}
        if intersects_bounding_box is not None:
            import json

            box = (
                intersects_bounding_box.dump() if hasattr(intersects_bounding_box, "dump") else intersects_bounding_box
            )
            body["intersectsBoundingBox"] = json.dumps(box)
        return await self._list(
            method="GET",
            path=self._path(model_id, revision_id),
            limit=limit,
            body=body,
            load=self._load,
            list_cls=self._new_list,
        )

    async def create(self, model_id: int, revision_id: int, asset_mapping: Any) -> Any:
        """Map nodes to assets.

        Example:
            >>> from cognite.client.data_classes import ThreeDAssetMapping
            >>> m = client.three_d.asset_mappings.create(1, 1, ThreeDAssetMapping(node_id=1, asset_id=1))  # doctest: +SKIP
        """
        return await self._create(asset_mapping, path=self._path(model_id, revision_id))

    async def delete(self, model_id: int, revision_id: int, asset_mapping: Any) -> None:
        """Delete asset mappings.

        Example:
            >>> client.three_d.asset_mappings.delete(1, 1, mapping)  # doctest: +SKIP
        """
        mappings = (
            asset_mapping if isinstance(asset_mapping, (list, tuple, ThreeDAssetMappingList)) else [asset_mapping]
        )
        items = [{"nodeId": m.node_id, "assetId": m.asset_id} for m in mappings]
        await self._delete_multiple(items, path=self._path(model_id, revision_id) + "/delete")
