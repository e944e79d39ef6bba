"""``client.data_modeling.spaces``: apply, retrieve, delete and list spaces."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, overload

from cognite.client._api.data_modeling._limits import SPACES_DEFAULT_LIMIT
from cognite.client._api.data_modeling._schema import SchemaAPI, _check_str, id_items
from cognite.client.data_classes.data_modeling.spaces import Space, SpaceApply, SpaceList

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


def _space_items(spaces: str | SequenceNotStr[str]) -> list[dict[str, str]]:
    return [{"space": _check_str(s, "space")} for s in id_items(spaces, None)]


class SpacesAPI(SchemaAPI):
    """``client.data_modeling.spaces``"""

    _RESOURCE_PATH = "/models/spaces"
    _resource_cls = Space
    _list_cls = SpaceList
    _write_cls = SpaceApply

    @overload
    def __call__(
        self, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Space]: ...
    @overload
    def __call__(
        self, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[SpaceList]: ...
    def __call__(
        self, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Space] | AsyncIterator[SpaceList]:
        """Iterate over spaces (or lists of ``chunk_size``).

        Example:
            >>> for space in client.data_modeling.spaces():  # doctest: +SKIP
            ...     space
        """
        return self._iterate(chunk_size, limit, {})

    @overload
    async def retrieve(self, spaces: str, **options: Unpack[CallOptions]) -> Space | None: ...
    @overload
    async def retrieve(self, spaces: SequenceNotStr[str], **options: Unpack[CallOptions]) -> SpaceList: ...
    async def retrieve(
        self, spaces: str | SequenceNotStr[str], **options: Unpack[CallOptions]
    ) -> Space | SpaceList | None:
        """One space (None when it does not exist) or, for a list, the spaces that exist.

        Example:
            >>> space = client.data_modeling.spaces.retrieve("my_space")  # doctest: +SKIP
        """
        found: SpaceList = await self._retrieve_items(_space_items(spaces))
        if isinstance(spaces, str):
            return found[0] if found else None
        return found

    async def delete(self, spaces: str | SequenceNotStr[str], **options: Unpack[CallOptions]) -> list[str]:
        """Delete spaces; returns the spaces deleted.

        Example:
            >>> client.data_modeling.spaces.delete(["my_space", "other_space"])  # doctest: +SKIP
        """
        deleted = await self._delete_items(_space_items(spaces))
        return [d["space"] for d in deleted]

    async def list(
        self, limit: int | None = SPACES_DEFAULT_LIMIT, include_global: bool = False, **options: Unpack[CallOptions]
    ) -> SpaceList:
        """List spaces (``include_global`` adds the system spaces such as ``cdf_cdm``).

        Example:
            >>> spaces = client.data_modeling.spaces.list(limit=5)  # doctest: +SKIP
        """
        return await self._list_all(limit, self._list_params(include_global=include_global))

    @overload
    async def apply(self, spaces: Sequence[SpaceApply], **options: Unpack[CallOptions]) -> SpaceList: ...
    @overload
    async def apply(self, spaces: SpaceApply, **options: Unpack[CallOptions]) -> Space: ...
    async def apply(
        self, spaces: SpaceApply | Sequence[SpaceApply], **options: Unpack[CallOptions]
    ) -> Space | SpaceList:
        """Create or update spaces.

        Example:
            >>> from cognite.client.data_classes.data_modeling import SpaceApply
            >>> res = client.data_modeling.spaces.apply(SpaceApply("my_space", name="My space"))  # doctest: +SKIP
        """
        return await self._apply(spaces)
