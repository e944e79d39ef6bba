"""``client.data_modeling.data_models``: apply, retrieve, delete and list data models."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Literal, overload

from cognite.client._api.data_modeling._limits import DATA_MODELING_DEFAULT_LIMIT_READ
from cognite.client._api.data_modeling._schema import SchemaAPI, id_items, wire_id
from cognite.client.data_classes.data_modeling.data_models import DataModel, DataModelApply, DataModelList
from cognite.client.data_classes.data_modeling.ids import DataModelId, DataModelIdentifier, ViewId
from cognite.client.data_classes.data_modeling.views import View

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


class DataModelsAPI(SchemaAPI):
    """``client.data_modeling.data_models``"""

    _RESOURCE_PATH = "/models/datamodels"
    _resource_cls = DataModel
    _list_cls = DataModelList
    _write_cls = DataModelApply

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        limit: int | None = None,
        space: str | None = None,
        inline_views: bool = False,
        all_versions: bool = False,
        include_global: bool = False,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DataModel]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        limit: int | None = None,
        space: str | None = None,
        inline_views: bool = False,
        all_versions: bool = False,
        include_global: bool = False,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DataModelList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        limit: int | None = None,
        space: str | None = None,
        inline_views: bool = False,
        all_versions: bool = False,
        include_global: bool = False,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DataModel] | AsyncIterator[DataModelList]:
        """Iterate over data models (or lists of ``chunk_size``), filtered like ``list``.

        Example:
            >>> for dm in client.data_modeling.data_models(space="my_space"):  # doctest: +SKIP
            ...     dm
        """
        params = self._list_params(
            space=space, inline_views=inline_views, all_versions=all_versions, include_global=include_global
        )
        return self._iterate(chunk_size, limit, params)

    @overload
    async def retrieve(
        self,
        ids: DataModelIdentifier | Sequence[DataModelIdentifier],
        inline_views: Literal[True],
        **options: Unpack[CallOptions],
    ) -> DataModelList[View]: ...
    @overload
    async def retrieve(
        self,
        ids: DataModelIdentifier | Sequence[DataModelIdentifier],
        inline_views: Literal[False] = False,
        **options: Unpack[CallOptions],
    ) -> DataModelList[ViewId]: ...
    async def retrieve(
        self,
        ids: DataModelIdentifier | Sequence[DataModelIdentifier],
        inline_views: bool = False,
        **options: Unpack[CallOptions],
    ) -> DataModelList[ViewId] | DataModelList[View]:
        """Data models by id (their views as ids, or whole views with ``inline_views=True``).

        Example:
            >>> dms = client.data_modeling.data_models.retrieve(("my_space", "Plant", "v1"))  # doctest: +SKIP
        """
        items = [wire_id(i, DataModelId) for i in id_items(ids, DataModelId)]
        found: DataModelList = await self._retrieve_items(items, {"inlineViews": inline_views})
        return found

    async def delete(
        self, ids: DataModelIdentifier | Sequence[DataModelIdentifier], **options: Unpack[CallOptions]
    ) -> list[DataModelId]:
        """Delete data models (not their views); returns the ids deleted.

        Example:
            >>> client.data_modeling.data_models.delete(("my_space", "Plant", "v1"))  # doctest: +SKIP
        """
        items = [wire_id(i, DataModelId) for i in id_items(ids, DataModelId)]
        return [DataModelId.load(d) for d in await self._delete_items(items)]

    @overload
    async def list(
        self,
        inline_views: Literal[True],
        limit: int | None = DATA_MODELING_DEFAULT_LIMIT_READ,
        space: str | None = None,
        all_versions: bool = False,
        include_global: bool = False,
        **options: Unpack[CallOptions],
    ) -> DataModelList[View]: ...
    @overload
    async def list(
        self,
        inline_views: Literal[False] = False,
        limit: int | None = DATA_MODELING_DEFAULT_LIMIT_READ,
        space: str | None = None,
        all_versions: bool = False,
        include_global: bool = False,
        **options: Unpack[CallOptions],
    ) -> DataModelList[ViewId]: ...
    async def list(
        self,
        inline_views: bool = False,
        limit: int | None = DATA_MODELING_DEFAULT_LIMIT_READ,
        space: str | None = None,
        all_versions: bool = False,
        include_global: bool = False,
        **options: Unpack[CallOptions],
    ) -> DataModelList[View] | DataModelList[ViewId]:
        """List data models, in one space or all (the newest version of each unless ``all_versions``).

        Example:
            >>> dms = client.data_modeling.data_models.list(space="my_space", limit=5)  # doctest: +SKIP
        """
        params = self._list_params(
            space=space, inline_views=inline_views, all_versions=all_versions, include_global=include_global
        )
        found: DataModelList = await self._list_all(limit, params)
        return found

    @overload
    async def apply(self, data_model: Sequence[DataModelApply], **options: Unpack[CallOptions]) -> DataModelList: ...
    @overload
    async def apply(self, data_model: DataModelApply, **options: Unpack[CallOptions]) -> DataModel: ...
    async def apply(
        self, data_model: DataModelApply | Sequence[DataModelApply], **options: Unpack[CallOptions]
    ) -> DataModel | DataModelList:
        """Create or update data models.

        Example:
            >>> from cognite.client.data_classes.data_modeling import DataModelApply, ViewId
            >>> dm = DataModelApply("my_space", "Plant", "v1", views=[ViewId("my_space", "Pump", "v1")])
            >>> res = client.data_modeling.data_models.apply(dm)  # doctest: +SKIP
        """
        return await self._apply(data_model)
