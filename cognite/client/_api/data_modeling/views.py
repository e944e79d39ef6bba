"""``client.data_modeling.views``: apply, retrieve, delete and list views."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from cognite.client._api.data_modeling._limits import DATA_MODELING_DEFAULT_LIMIT_READ
from cognite.client._api.data_modeling._schema import SchemaAPI, id_items, wire_id
from cognite.client.data_classes.data_modeling.ids import ViewId, ViewIdentifier
from cognite.client.data_classes.data_modeling.views import View, ViewApply, ViewList, ViewUsedFor

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


def latest_versions(views: ViewList) -> ViewList:
    """The newest (by creation) version of each view in ``views``."""
    newest: dict[tuple[str, str], View] = {}
    for view in views:
        key = (view.space, view.external_id)
        if key not in newest or view.created_time > newest[key].created_time:
            newest[key] = view
    return ViewList(list(newest.values()), cognite_client=views._cognite_client)


class ViewsAPI(SchemaAPI):
    """``client.data_modeling.views``"""

    _RESOURCE_PATH = "/models/views"
    _resource_cls = View
    _list_cls = ViewList
    _write_cls = ViewApply

    def _params(self, **params: Any) -> dict[str, Any]:
        used_for = params.get("used_for")
        if isinstance(used_for, Sequence) and not isinstance(used_for, str):
            params["used_for"] = list(used_for)
        return self._list_params(**params)

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        limit: int | None = None,
        space: str | None = None,
        include_inherited_properties: bool = True,
        all_versions: bool = False,
        include_global: bool = False,
        used_for: ViewUsedFor | Sequence[ViewUsedFor] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[View]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        limit: int | None = None,
        space: str | None = None,
        include_inherited_properties: bool = True,
        all_versions: bool = False,
        include_global: bool = False,
        used_for: ViewUsedFor | Sequence[ViewUsedFor] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ViewList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        limit: int | None = None,
        space: str | None = None,
        include_inherited_properties: bool = True,
        all_versions: bool = False,
        include_global: bool = False,
        used_for: ViewUsedFor | Sequence[ViewUsedFor] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[View] | AsyncIterator[ViewList]:
        """Iterate over views (or lists of ``chunk_size``), filtered like ``list``.

        Example:
            >>> for view in client.data_modeling.views(space="my_space"):  # doctest: +SKIP
            ...     view
        """
        params = self._params(
            space=space,
            include_inherited_properties=include_inherited_properties,
            all_versions=all_versions,
            include_global=include_global,
            used_for=used_for,
        )
        return self._iterate(chunk_size, limit, params)

    async def retrieve(
        self,
        ids: ViewIdentifier | Sequence[ViewIdentifier],
        include_inherited_properties: bool = True,
        all_versions: bool = True,
        **options: Unpack[CallOptions],
    ) -> ViewList:
        """Views by id (a view id without a version matches all its versions; ``all_versions=False`` keeps the
        newest of each).

        Example:
            >>> views = client.data_modeling.views.retrieve(("my_space", "Pump", "v1"))  # doctest: +SKIP
        """
        items = [wire_id(i, ViewId) for i in id_items(ids, ViewId)]
        views: ViewList = await self._retrieve_items(
            items, {"includeInheritedProperties": include_inherited_properties}
        )
        return views if all_versions else latest_versions(views)

    async def delete(
        self, ids: ViewIdentifier | Sequence[ViewIdentifier], **options: Unpack[CallOptions]
    ) -> list[ViewId]:
        """Delete views; returns the ids deleted.

        Example:
            >>> client.data_modeling.views.delete(("my_space", "Pump", "v1"))  # doctest: +SKIP
        """
        items = [wire_id(i, ViewId) for i in id_items(ids, ViewId)]
        return [ViewId.load(d) for d in await self._delete_items(items)]

    async def list(
        self,
        limit: int | None = DATA_MODELING_DEFAULT_LIMIT_READ,
        space: str | None = None,
        include_inherited_properties: bool = True,
        all_versions: bool = False,
        include_global: bool = False,
        used_for: ViewUsedFor | Sequence[ViewUsedFor] | None = None,
        **options: Unpack[CallOptions],
    ) -> ViewList:
        """List views, in one space or all (the newest version of each unless ``all_versions``).

        Example:
            >>> views = client.data_modeling.views.list(space="my_space", limit=5)  # doctest: +SKIP
        """
        params = self._params(
            space=space,
            include_inherited_properties=include_inherited_properties,
            all_versions=all_versions,
            include_global=include_global,
            used_for=used_for,
        )
        return await self._list_all(limit, params)

    @overload
    async def apply(self, view: Sequence[ViewApply], **options: Unpack[CallOptions]) -> ViewList: ...
    @overload
    async def apply(self, view: ViewApply, **options: Unpack[CallOptions]) -> View: ...
    async def apply(self, view: ViewApply | Sequence[ViewApply], **options: Unpack[CallOptions]) -> View | ViewList:
        """Create or update views.

        Example:
            >>> from cognite.client.data_classes.data_modeling import ContainerId, MappedPropertyApply, ViewApply
            >>> v = ViewApply("my_space", "Pump", "v1", properties={"name": MappedPropertyApply(ContainerId("my_space", "Pump"), "name")})
            >>> res = client.data_modeling.views.apply(v)  # doctest: +SKIP
        """
        return await self._apply(view)
