"""3D API: models, revisions (and their nodes), files and asset mappings."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, T_List, T_Res
from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor
from cognite.client.data_classes._update import UpdateMode
from cognite.client.data_classes.three_d import (
    BoundingBox3D,
    ThreeDAssetMapping,
    ThreeDAssetMappingList,
    ThreeDAssetMappingWrite,
    ThreeDModel,
    ThreeDModelList,
    ThreeDModelRevision,
    ThreeDModelRevisionList,
    ThreeDModelRevisionUpdate,
    ThreeDModelRevisionWrite,
    ThreeDModelUpdate,
    ThreeDModelWrite,
    ThreeDNode,
    ThreeDNodeList,
)
from cognite.client.exceptions import CogniteNotFoundError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class _GetOne(ResourceAPI[T_Res, T_List]):
    """3D resources are retrieved one by one with a GET of their path; None when CDF reports them missing."""

    async def _get_one(self, path: str) -> T_Res | None:
        try:
            return self._load((await self._get(path)).json())
        except CogniteNotFoundError:
            return None


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


class ThreeDModelsAPI(_GetOne[ThreeDModel, ThreeDModelList]):
    """``client.three_d.models``"""

    _RESOURCE_PATH = "/3d/models"
    _resource_cls = ThreeDModel
    _list_cls = ThreeDModelList
    _update_cls = ThreeDModelUpdate

    async def retrieve(self, id: int, **options: Unpack[CallOptions]) -> ThreeDModel | None:
        """One model by id.

        Example:
            >>> model = client.three_d.models.retrieve(id=1)  # doctest: +SKIP
        """
        return await self._get_one(f"{self._RESOURCE_PATH}/{int(id)}")

    async def list(
        self, published: bool | None = None, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> ThreeDModelList:
        """List models (``published`` filters on having a published revision).

        Example:
            >>> models = client.three_d.models.list(published=True)  # doctest: +SKIP
        """
        body = {"published": str(published).lower()} if published is not None else None
        return await self._list(method="GET", limit=limit, body=body, load=self._load, list_cls=self._new_list)

    @overload  # type: ignore[override]
    def __call__(
        self,
        chunk_size: None = None,
        published: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ThreeDModel]: ...
    @overload
    def __call__(
        self, chunk_size: int, published: bool | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[ThreeDModelList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        published: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ThreeDModel] | AsyncIterator[ThreeDModelList]:
        """Iterate over models (or lists of ``chunk_size``).

        Example:
            >>> for model in client.three_d.models(published=True):  # doctest: +SKIP
            ...     model
        """
        body = {"published": str(published).lower()} if published is not None else None
        return self._list_generator(
            method="GET", chunk_size=chunk_size, limit=limit, body=body, load=self._load, list_cls=self._new_list
        )

    @overload
    async def create(
        self,
        name: str | ThreeDModelWrite,
        data_set_id: int | None = None,
        metadata: dict[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> ThreeDModel: ...
    @overload
    async def create(
        self,
        name: SequenceNotStr[str | ThreeDModelWrite],
        data_set_id: int | None = None,
        metadata: dict[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> ThreeDModelList: ...
    async def create(
        self,
        name: str | ThreeDModelWrite | SequenceNotStr[str | ThreeDModelWrite],
        data_set_id: int | None = None,
        metadata: dict[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> ThreeDModel | ThreeDModelList:
        """Create one model (a name or a ``ThreeDModelWrite``) or several; ``data_set_id`` / ``metadata`` apply
        to the models given by name.

        Example:
            >>> model = client.three_d.models.create(name="My Model", metadata={"site": "north"})  # doctest: +SKIP
        """

        def as_model(n: Any) -> Any:
            return ThreeDModelWrite(name=n, data_set_id=data_set_id, metadata=metadata) if isinstance(n, str) else n

        given: Any = name
        if isinstance(given, str) or not isinstance(given, Sequence):
            return await self._create(as_model(given))
        return await self._create([as_model(n) for n in given])

    @overload
    async def update(
        self,
        item: ThreeDModel | ThreeDModelUpdate,
        mode: UpdateMode = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> ThreeDModel: ...
    @overload
    async def update(
        self,
        item: Sequence[ThreeDModel | ThreeDModelUpdate],
        mode: UpdateMode = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> ThreeDModelList: ...
    async def update(
        self,
        item: ThreeDModel | ThreeDModelUpdate | Sequence[ThreeDModel | ThreeDModelUpdate],
        mode: UpdateMode = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> ThreeDModel | ThreeDModelList:
        """Update models from ``ThreeDModel`` objects or ``ThreeDModelUpdate``.

        Example:
            >>> from cognite.client.data_classes import ThreeDModelUpdate
            >>> client.three_d.models.update(ThreeDModelUpdate(id=1).name.set("New Name"))  # doctest: +SKIP
        """
        return await self._update(item, mode=mode)  # type: ignore[no-any-return]

    async def delete(self, id: int | Sequence[int], **options: Unpack[CallOptions]) -> None:
        """Delete models.

        Example:
            >>> client.three_d.models.delete(id=1)  # doctest: +SKIP
        """
        await self._delete_multiple(_ids(id))


class ThreeDRevisionsAPI(_GetOne[ThreeDModelRevision, ThreeDModelRevisionList]):
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

    @overload  # type: ignore[override]
    def __call__(
        self,
        model_id: int,
        chunk_size: None = None,
        published: bool = False,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ThreeDModelRevision]: ...
    @overload
    def __call__(
        self,
        model_id: int,
        chunk_size: int,
        published: bool = False,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ThreeDModelRevisionList]: ...
    def __call__(
        self,
        model_id: int,
        chunk_size: int | None = None,
        published: bool = False,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ThreeDModelRevision] | AsyncIterator[ThreeDModelRevisionList]:
        """Iterate over a model's revisions (or lists of ``chunk_size``).

        Example:
            >>> for revision in client.three_d.revisions(model_id=1):  # doctest: +SKIP
            ...     revision
        """
        return self._list_generator(
            method="GET",
            path=self._path(model_id),
            chunk_size=chunk_size,
            limit=limit,
            body={"published": "true"} if published else None,
            load=self._load,
            list_cls=self._new_list,
        )

    async def retrieve(self, model_id: int, id: int, **options: Unpack[CallOptions]) -> ThreeDModelRevision | None:
        """One revision.

        Example:
            >>> rev = client.three_d.revisions.retrieve(model_id=1, id=1)  # doctest: +SKIP
        """
        return await self._get_one(f"{self._path(model_id)}/{int(id)}")

    @overload
    async def create(
        self,
        model_id: int,
        revision: ThreeDModelRevision | ThreeDModelRevisionWrite,
        **options: Unpack[CallOptions],
    ) -> ThreeDModelRevision: ...
    @overload
    async def create(
        self,
        model_id: int,
        revision: Sequence[ThreeDModelRevision] | Sequence[ThreeDModelRevisionWrite],
        **options: Unpack[CallOptions],
    ) -> ThreeDModelRevisionList: ...
    async def create(
        self,
        model_id: int,
        revision: ThreeDModelRevision
        | ThreeDModelRevisionWrite
        | Sequence[ThreeDModelRevision]
        | Sequence[ThreeDModelRevisionWrite],
        **options: Unpack[CallOptions],
    ) -> ThreeDModelRevision | ThreeDModelRevisionList:
        """Create revisions of a model (each needs the ``file_id`` of an uploaded 3D file).

        Example:
            >>> from cognite.client.data_classes import ThreeDModelRevisionWrite
            >>> rev = client.three_d.revisions.create(model_id=1, revision=ThreeDModelRevisionWrite(file_id=1))  # doctest: +SKIP
        """
        return await self._create(revision, path=self._path(model_id))

    async def list(
        self,
        model_id: int,
        published: bool = False,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> ThreeDModelRevisionList:
        """List the revisions of a model.

        Example:
            >>> revs = client.three_d.revisions.list(model_id=1, published=True, limit=100)  # doctest: +SKIP
        """
        body = {"published": "true"} if published else None
        return await self._list(
            method="GET", path=self._path(model_id), limit=limit, body=body, load=self._load, list_cls=self._new_list
        )

    @overload
    async def update(
        self,
        model_id: int,
        item: ThreeDModelRevision | ThreeDModelRevisionUpdate,
        mode: UpdateMode = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> ThreeDModelRevision: ...
    @overload
    async def update(
        self,
        model_id: int,
        item: Sequence[ThreeDModelRevision | ThreeDModelRevisionUpdate],
        mode: UpdateMode = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> ThreeDModelRevisionList: ...
    async def update(
        self,
        model_id: int,
        item: ThreeDModelRevision
        | ThreeDModelRevisionUpdate
        | Sequence[ThreeDModelRevision | ThreeDModelRevisionUpdate],
        mode: UpdateMode = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> ThreeDModelRevision | ThreeDModelRevisionList:
        """Update revisions.

        Example:
            >>> from cognite.client.data_classes import ThreeDModelRevisionUpdate
            >>> client.three_d.revisions.update(model_id=1, item=ThreeDModelRevisionUpdate(id=1).published.set(True))  # doctest: +SKIP
        """
        return await self._update(item, mode=mode, path=self._path(model_id) + "/update")  # type: ignore[no-any-return]

    async def delete(self, model_id: int, id: int | Sequence[int], **options: Unpack[CallOptions]) -> None:
        """Delete revisions.

        Example:
            >>> client.three_d.revisions.delete(model_id=1, id=1)  # doctest: +SKIP
        """
        await self._delete_multiple(_ids(id), path=self._path(model_id) + "/delete")

    async def update_thumbnail(
        self, model_id: int, revision_id: int, file_id: int, **options: Unpack[CallOptions]
    ) -> None:
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
        **options: Unpack[CallOptions],
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
        properties: dict[str, dict[str, SequenceNotStr[str]]] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
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
        self,
        model_id: int,
        revision_id: int,
        node_id: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> ThreeDNodeList:
        """The ancestors of a node (root first, the node itself last).

        Example:
            >>> nodes = client.three_d.revisions.list_ancestor_nodes(1, 1, node_id=5, limit=10)  # doctest: +SKIP
        """
        if node_id is None:
            raise ValueError("node_id is required: the node whose ancestors to list")
        return await self._list(
            method="GET",
            path=f"{self._path(model_id)}/{int(revision_id)}/nodes/{int(node_id)}/ancestors",
            limit=limit,
            load=self._load_node,
            list_cls=self._nodes,
        )


class ThreeDFilesAPI(APIClient):
    """``client.three_d.files``"""

    async def retrieve(self, id: int, **options: Unpack[CallOptions]) -> bytes:
        """The content of a 3D file.

        Example:
            >>> data = client.three_d.files.retrieve(1)  # doctest: +SKIP
        """
        return (await self._get(f"/3d/files/{int(id)}", headers={"accept": "*/*"})).content


class ThreeDAssetMappingAPI(ResourceAPI[ThreeDAssetMapping, ThreeDAssetMappingList]):
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
        intersects_bounding_box: BoundingBox3D | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> ThreeDAssetMappingList:
        """List asset mappings of a revision.

        Example:
            >>> mappings = client.three_d.asset_mappings.list(model_id=1, revision_id=1)  # doctest: +SKIP
        """
        body: dict[str, Any] = {"nodeId": node_id, "assetId": asset_id}
        if intersects_bounding_box is not None:
            box = intersects_bounding_box
            body["intersectsBoundingBox"] = json.dumps(box.dump() if isinstance(box, BoundingBox3D) else box)
        return await self._list(
            method="GET",
            path=self._path(model_id, revision_id),
            limit=limit,
            body=body,
            load=self._load,
            list_cls=self._new_list,
        )

    @overload
    async def create(
        self,
        model_id: int,
        revision_id: int,
        asset_mapping: ThreeDAssetMapping | ThreeDAssetMappingWrite,
        **options: Unpack[CallOptions],
    ) -> ThreeDAssetMapping: ...
    @overload
    async def create(
        self,
        model_id: int,
        revision_id: int,
        asset_mapping: Sequence[ThreeDAssetMapping] | Sequence[ThreeDAssetMappingWrite],
        **options: Unpack[CallOptions],
    ) -> ThreeDAssetMappingList: ...
    async def create(
        self,
        model_id: int,
        revision_id: int,
        asset_mapping: ThreeDAssetMapping
        | ThreeDAssetMappingWrite
        | Sequence[ThreeDAssetMapping]
        | Sequence[ThreeDAssetMappingWrite],
        **options: Unpack[CallOptions],
    ) -> ThreeDAssetMapping | ThreeDAssetMappingList:
        """Map nodes to assets.

        Example:
            >>> from cognite.client.data_classes import ThreeDAssetMappingWrite
            >>> m = client.three_d.asset_mappings.create(1, 1, ThreeDAssetMappingWrite(node_id=1, asset_id=1))  # doctest: +SKIP
        """
        return await self._create(asset_mapping, path=self._path(model_id, revision_id))

    async def delete(
        self,
        model_id: int,
        revision_id: int,
        asset_mapping: ThreeDAssetMapping | Sequence[ThreeDAssetMapping],
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete asset mappings.

        Example:
            >>> client.three_d.asset_mappings.delete(1, 1, mapping)  # doctest: +SKIP
        """
        mappings = [asset_mapping] if isinstance(asset_mapping, ThreeDAssetMapping) else list(asset_mapping)
        items = [{"nodeId": m.node_id, "assetId": m.asset_id} for m in mappings]
        await self._delete_multiple(items, path=self._path(model_id, revision_id) + "/delete")
