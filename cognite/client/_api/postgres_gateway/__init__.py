"""``client.postgres_gateway``: users and their tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor

if TYPE_CHECKING:
    from cognite.client._api.postgres_gateway.tables import TablesAPI
    from cognite.client._api.postgres_gateway.users import UsersAPI


class PostgresGatewaysAPI(APIClient):
    """``client.postgres_gateway`` (its children come from the API registry)."""

    users: Accessor[UsersAPI] = Accessor()
    tables: Accessor[TablesAPI] = Accessor()
