"""``client.hosted_extractors.mappings``: a declared resource (see ``cognite.client._api._declared``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

from cognite.client._api._declared import (
    CreateItems,
    DeclaredAPI,
    DeleteExternalIdsForce,
    ListItems,
    RetrieveExternalIds,
)
from cognite.client.data_classes.hosted_extractors.mappings import Mapping, MappingList, MappingUpdate, MappingWrite

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


class MappingsAPI(
    CreateItems[Mapping, MappingWrite, MappingList],
    RetrieveExternalIds[Mapping, MappingList],
    DeleteExternalIdsForce[Mapping, MappingList],
    ListItems[Mapping, MappingList],
    DeclaredAPI[Mapping, MappingList],
):
    """``client.hosted_extractors.mappings``"""

    _RESOURCE_PATH = "/hostedextractors/mappings"
    _resource_cls, _list_cls, _update_cls = Mapping, MappingList, MappingUpdate

    @overload
    async def update(self, items: MappingWrite | MappingUpdate, **options: Unpack[CallOptions]) -> Mapping: ...
    @overload
    async def update(
        self, items: Sequence[MappingWrite | MappingUpdate], **options: Unpack[CallOptions]
    ) -> MappingList: ...
    async def update(
        self,
        items: MappingWrite | MappingUpdate | Sequence[MappingWrite | MappingUpdate],
        **options: Unpack[CallOptions],
    ) -> Mapping | MappingList:
        """Update mappings (a write object replaces the fields it sets).

        Example:
            >>> from cognite.client.data_classes.hosted_extractors import MappingUpdate
            >>> res = client.hosted_extractors.mappings.update(MappingUpdate("m").published.set(False))  # doctest: +SKIP
        """
        return await self._update(items, "replace_ignore_null", path=self._path_of("update"))  # type: ignore[no-any-return]
