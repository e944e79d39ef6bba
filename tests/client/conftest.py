"""Fixtures of the client-core tests: a minimal resource API over raw paths, for the shared mechanisms.

`raw_assets` is an `APIClient` subclass for `/assets` bound to the `client` fixture's transport: the async object
for the async client, its generic sync wrapper for the sync client (no second copy of anything).
"""

from __future__ import annotations

from typing import Any

import pytest
from typing_extensions import Unpack

from cognite.client import CogniteClient
from cognite.client._api_client import APIClient, CallOptions
from cognite.client._sync import SyncWrapper


class RawAssetsAPI(APIClient):
    """Assets as plain dicts, declared over the shared mechanisms (what a resource API looks like)."""

    _RESOURCE_PATH = "/assets"

    async def create(self, items: Any, **opts: Any) -> Any:
        return await self._create_multiple(items, load=dict, **opts)

    async def retrieve(self, id: int | None = None, external_id: str | None = None, **opts: Any) -> Any:
        ident = {"id": id} if id is not None else {"externalId": external_id}
        return await self._retrieve(ident, load=dict, **opts)

    async def retrieve_multiple(self, identifiers: list[dict], ignore_unknown_ids: bool = False, **opts: Any) -> Any:
        return await self._retrieve_multiple(identifiers, load=dict, ignore_unknown_ids=ignore_unknown_ids, **opts)

    async def update(self, items: Any, **opts: Any) -> Any:
        return await self._update_multiple(items, load=dict, **opts)

    async def upsert(self, items: list[dict], **opts: Any) -> Any:
        def as_update(item: dict) -> dict:
            ident = {"externalId": item["externalId"]}
            return {**ident, "update": {k: {"set": v} for k, v in item.items() if k != "externalId"}}

        return await self._upsert_multiple(items, load=dict, dump_update=as_update, **opts)

    async def delete(self, identifiers: list[dict], ignore_unknown_ids: bool = False, **opts: Any) -> Any:
        return await self._delete_multiple(identifiers, ignore_unknown_ids=ignore_unknown_ids, **opts)

    async def list(self, limit: Any = 25, partitions: int | None = None, filter: Any = None, **opts: Any) -> Any:
        return await self._list(load=dict, limit=limit, partitions=partitions, filter=filter, **opts)

    async def first_page(self, **options: Unpack[CallOptions]) -> list[dict]:
        """Declares the per-call options for type checkers; APIClient takes them out and applies them."""
        return (await self._post("/assets/list", json={"limit": 2})).json()["items"]

    def __call__(self, chunk_size: int | None = None, limit: Any = None, partitions: int | None = None) -> Any:
        return self._list_generator(load=dict, chunk_size=chunk_size, limit=limit, partitions=partitions)


@pytest.fixture
def raw_assets(client: Any) -> Any:
    if isinstance(client, CogniteClient):
        inner = client.get_async_client()
        return SyncWrapper(RawAssetsAPI(inner.config, inner.transport, inner))
    return RawAssetsAPI(client.config, client.transport, client)
