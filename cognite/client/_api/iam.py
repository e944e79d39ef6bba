"""IAM API: groups, security categories, sessions, token inspection."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NoReturn

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import CreateMixin
from cognite.client._api.removed import removed
from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.iam import (
    ClientCredentials,
    CreatedSession,
    Group,
    GroupList,
    SecurityCategory,
    SecurityCategoryList,
    Session,
    SessionList,
    TokenInspection,
)


def _int_ids(id: int | Sequence[int]) -> list[int]:
    ids = [id] if isinstance(id, int) else list(id)
    for i in ids:
        if isinstance(i, bool) or not isinstance(i, int):
            raise TypeError(f"ids must be ints, got {i!r}")
    return ids


class IAMAPI(APIClient):
    """``client.iam`` (``groups``, ``security_categories``, ``sessions``, ``token`` come from the API registry)."""

    groups: Accessor[GroupsAPI] = Accessor()
    security_categories: Accessor[SecurityCategoriesAPI] = Accessor()
    token: Accessor[TokenAPI] = Accessor()
    sessions: Accessor[SessionsAPI] = Accessor()

    @property
    def api_keys(self) -> NoReturn:
        removed("api_keys")

    @property
    def service_accounts(self) -> NoReturn:
        removed("service_accounts")


class GroupsAPI(CreateMixin, ResourceAPI):
    """``client.iam.groups``"""

    _RESOURCE_PATH = "/groups"
    _resource_cls = Group
    _list_cls = GroupList

    async def list(self, all: bool = False) -> GroupList:
        """Groups the caller is a member of, or every group (``all=True``).

        Example:
            >>> groups = client.iam.groups.list(all=True)  # doctest: +SKIP
        """
        return await self._list(
            method="GET", limit=None, body={"all": "true"} if all else None, load=self._load, list_cls=self._new_list
        )

    async def delete(self, id: int | Sequence[int]) -> None:
        """Delete groups by id.

        Example:
            >>> client.iam.groups.delete(1)  # doctest: +SKIP
        """
        await self._delete_multiple(_int_ids(id))  # type: ignore[arg-type]  # groups are deleted by bare ids

    async def list_service_accounts(self, id: int) -> NoReturn:
        removed("service_accounts")

    async def add_service_account(self, id: int, service_account_id: Any) -> NoReturn:
        removed("service_accounts")

    async def remove_service_account(self, id: int, service_account_id: Any) -> NoReturn:
        removed("service_accounts")


class SecurityCategoriesAPI(CreateMixin, ResourceAPI):
    """``client.iam.security_categories``"""

    _RESOURCE_PATH = "/securitycategories"
    _resource_cls = SecurityCategory
    _list_cls = SecurityCategoryList

    async def list(self, limit: int | None = DEFAULT_LIMIT_READ) -> SecurityCategoryList:
        """List security categories.

        Example:
            >>> cats = client.iam.security_categories.list()  # doctest: +SKIP
        """
        return await self._list(method="GET", limit=limit, load=self._load, list_cls=self._new_list)

    async def delete(self, id: int | Sequence[int]) -> None:
        """Delete security categories by id.

        Example:
            >>> client.iam.security_categories.delete(1)  # doctest: +SKIP
        """
        await self._delete_multiple(_int_ids(id))  # type: ignore[arg-type]


class SessionsAPI(ResourceAPI):
    """``client.iam.sessions``"""

    _RESOURCE_PATH = "/sessions"
    _resource_cls = Session
    _list_cls = SessionList

    async def create(
        self, client_credentials: ClientCredentials | None = None, session_type: str = "DEFAULT"
    ) -> CreatedSession:
        """Create a session from the current token (token exchange) or from client credentials.

        Example:
            >>> session = client.iam.sessions.create()  # doctest: +SKIP
        """
        if client_credentials is not None:
            item: dict[str, Any] = {
                "clientId": client_credentials.client_id,
                "clientSecret": client_credentials.client_secret,
            }
        elif session_type in ("DEFAULT", "TOKEN_EXCHANGE"):
            item = {"tokenExchange": True}
        else:
            raise ValueError(f"Unknown session_type {session_type!r}; give client_credentials or use 'TOKEN_EXCHANGE'")
        items = await self._post_items(self._RESOURCE_PATH, {"items": [item]})
        return CreatedSession._load(items[0], cognite_client=self._cognite_client)

    async def revoke(self, id: int | Sequence[int]) -> SessionList:
        """Revoke sessions.

        Example:
            >>> client.iam.sessions.revoke(id=[1, 2])  # doctest: +SKIP
        """
        items = await self._post_items(self._RESOURCE_PATH + "/revoke", {"items": [{"id": i} for i in _int_ids(id)]})
        return self._new_list(self._load(i) for i in items)

    async def retrieve(self, id: int | Sequence[int]) -> Any:
        """One session (an int) or several (a list).

        Example:
            >>> s = client.iam.sessions.retrieve(id=1)  # doctest: +SKIP
        """
        res = await self._retrieve_ids(ids=_int_ids(id))
        return res[0] if isinstance(id, int) and res else res

    async def list(self, status: str | None = None, limit: int | None = DEFAULT_LIMIT_READ) -> SessionList:
        """List sessions, optionally by status (``READY``, ``ACTIVE``, ``CANCELLED``, ``EXPIRED``, ``REVOKED``).

        Example:
            >>> sessions = client.iam.sessions.list(status="ACTIVE")  # doctest: +SKIP
        """
        return await self._list(
            method="GET", limit=limit, body={"status": status}, load=self._load, list_cls=self._new_list
        )


class TokenAPI(APIClient):
    """``client.iam.token``"""

    async def inspect(self) -> TokenInspection:
        """What the current token gives access to (subject, projects, capabilities).

        Example:
            >>> info = client.iam.token.inspect()  # doctest: +SKIP
        """
        res = await self._get("/api/v1/token/inspect")
        return TokenInspection._load(res.json(), cognite_client=self._cognite_client)
