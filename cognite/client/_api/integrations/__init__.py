"""Integrations API: ``client.integrations`` (create, list, retrieve, update, delete) and ``.errors``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.integrations import (
    Integration,
    IntegrationList,
    IntegrationUpdate,
    IntegrationWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api.integrations.errors import IntegrationErrorsAPI
    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class IntegrationsAPI(ResourceAPI[Integration, IntegrationList]):
    """``client.integrations``"""

    _RESOURCE_PATH = "/integrations"
    _resource_cls = Integration
    _list_cls = IntegrationList
    _update_cls = IntegrationUpdate

    errors: Accessor[IntegrationErrorsAPI] = Accessor()

    @overload
    def __call__(
        self, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Integration]: ...
    @overload
    def __call__(
        self, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[IntegrationList]: ...
    def __call__(
        self, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Integration] | AsyncIterator[IntegrationList]:
        """Iterate over integrations (or lists of ``chunk_size``).

        Example:
            >>> for integration in client.integrations():  # doctest: +SKIP
            ...     integration.external_id
        """
        if chunk_size is not None and (isinstance(chunk_size, bool) or not isinstance(chunk_size, int)):
            raise ValueError("chunk_size must be a positive int")
        return self._list_generator(
            load=self._load, list_cls=self._new_list, chunk_size=chunk_size, method="GET", limit=limit
        )

    async def list(self, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]) -> IntegrationList:
        """List integrations.

        Example:
            >>> res = client.integrations.list(limit=10)  # doctest: +SKIP
        """
        return await self._list_filtered(None, limit, method="GET")

    @overload
    async def create(self, integration: IntegrationWrite, **options: Unpack[CallOptions]) -> Integration: ...
    @overload
    async def create(
        self, integration: Sequence[IntegrationWrite], **options: Unpack[CallOptions]
    ) -> IntegrationList: ...
    async def create(
        self, integration: IntegrationWrite | Sequence[IntegrationWrite], **options: Unpack[CallOptions]
    ) -> Integration | IntegrationList:
        """Create one integration or several.

        Example:
            >>> from cognite.client.data_classes.integrations import Extractor, IntegrationWrite
            >>> new = IntegrationWrite("my-integration", Extractor("my-extractor", "1.0"), name="Mine")
            >>> res = client.integrations.create(new)  # doctest: +SKIP
        """
        return await self._create(integration)

    @overload
    async def retrieve(
        self, external_id: str, ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> Integration | None: ...
    @overload
    async def retrieve(
        self, external_id: SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> IntegrationList: ...
    async def retrieve(
        self, external_id: str | SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> Integration | IntegrationList | None:
        """One integration (None if unknown) or, for a list of external ids, a list.

        Example:
            >>> res = client.integrations.retrieve("my-integration")  # doctest: +SKIP
        """
        if isinstance(external_id, str):
            return await self._retrieve({"externalId": external_id}, load=self._load)
        return await self._retrieve_ids(external_ids=list(external_id), ignore_unknown_ids=ignore_unknown_ids)

    @overload
    async def update(
        self, item: Integration | IntegrationWrite | IntegrationUpdate, **options: Unpack[CallOptions]
    ) -> Integration: ...
    @overload
    async def update(
        self, item: Sequence[Integration | IntegrationWrite | IntegrationUpdate], **options: Unpack[CallOptions]
    ) -> IntegrationList: ...
    async def update(
        self,
        item: Integration
        | IntegrationWrite
        | IntegrationUpdate
        | Sequence[Integration | IntegrationWrite | IntegrationUpdate],
        **options: Unpack[CallOptions],
    ) -> Integration | IntegrationList:
        """Update integrations (name, description).

        Example:
            >>> from cognite.client.data_classes.integrations import IntegrationUpdate
            >>> update = IntegrationUpdate(external_id="my-integration").description.set("My new description")
            >>> res = client.integrations.update(update)  # doctest: +SKIP
        """
        result: Integration | IntegrationList = await self._update(item)
        return result

    async def delete(
        self, external_id: str | SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> None:
        """Delete integrations by external id.

        Example:
            >>> client.integrations.delete(external_id=["my-integration"])  # doctest: +SKIP
        """
        await self._delete_ids(external_ids=external_id, ignore_unknown_ids=ignore_unknown_ids)
