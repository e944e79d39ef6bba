"""IAM API: groups, security categories, sessions, token inspection, capability checks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, NoReturn, TypeAlias, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api.removed import removed
from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.capabilities import (
    Capability,
    CapabilityTuple,
    ProjectCapability,
    ProjectCapabilityList,
    load_capabilities,
    missing_capabilities,
)
from cognite.client.data_classes.iam import (
    ClientCredentials,
    CreatedSession,
    Group,
    GroupList,
    GroupWrite,
    RevokedSession,
    RevokedSessionList,
    SecurityCategory,
    SecurityCategoryList,
    SecurityCategoryWrite,
    Session,
    SessionList,
    SessionStatus,
    SessionType,
    TokenInspection,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api.principals import PrincipalsAPI
    from cognite.client._api.user_profiles import UserProfilesAPI
    from cognite.client._api_client import CallOptions

#: What ``compare_capabilities`` accepts on either side.
ComparableCapability: TypeAlias = (
    "Capability | Sequence[Capability] | dict[str, Any] | Sequence[dict[str, Any]] | Group | GroupList"
    " | ProjectCapability | ProjectCapabilityList"
)


def _int_ids(id: int | Sequence[int]) -> list[int]:
    ids = [id] if isinstance(id, int) else list(id)
    for i in ids:
        if isinstance(i, bool) or not isinstance(i, int):
            raise TypeError(f"ids must be ints, got {i!r}")
    return ids


def _tuples(capabilities: Any, project: str | None) -> set[CapabilityTuple]:
    """Every grant of ``capabilities`` (any ``ComparableCapability``) as tuples (for ``project`` where scoped)."""
    if isinstance(capabilities, ProjectCapabilityList):
        return capabilities.as_tuples(project)
    if isinstance(capabilities, ProjectCapability):
        return ProjectCapabilityList([capabilities]).as_tuples(project)
    if isinstance(capabilities, (Group, GroupList)):
        groups = [capabilities] if isinstance(capabilities, Group) else capabilities
        return {t for g in groups for c in g.capabilities or [] for t in _tuples(c, project)}
    out: set[CapabilityTuple] = set()
    for cap in load_capabilities(capabilities if isinstance(capabilities, Sequence) else [capabilities]):
        out |= cap.as_tuples()
    return out


class IAMAPI(APIClient):
    """``client.iam`` (``groups``, ``security_categories``, ``sessions``, ``token`` come from the API registry)."""

    groups: Accessor[GroupsAPI] = Accessor()
    security_categories: Accessor[SecurityCategoriesAPI] = Accessor()
    token: Accessor[TokenAPI] = Accessor()
    sessions: Accessor[SessionsAPI] = Accessor()
    user_profiles: Accessor[UserProfilesAPI] = Accessor()
    principals: Accessor[PrincipalsAPI] = Accessor()

    @property
    def api_keys(self) -> NoReturn:
        removed("api_keys")

    @property
    def service_accounts(self) -> NoReturn:
        removed("service_accounts")

    async def compare_capabilities(
        self,
        existing_capabilities: ComparableCapability,
        desired_capabilities: ComparableCapability,
        project: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Capability]:
        """The desired capabilities the existing ones do not grant (one capability per missing grant).

        Example:
            >>> from cognite.client.data_classes.capabilities import AssetsAcl
            >>> want = [AssetsAcl([AssetsAcl.Action.Read], AssetsAcl.Scope.DataSet([1]))]
            >>> missing = client.iam.compare_capabilities(client.iam.groups.list(), want)  # doctest: +SKIP
        """
        return missing_capabilities(_tuples(existing_capabilities, project), _tuples(desired_capabilities, project))

    async def verify_capabilities(
        self, desired_capabilities: ComparableCapability, **options: Unpack[CallOptions]
    ) -> list[Capability]:
        """The desired capabilities the current token lacks in the configured project (empty: all granted).

        Example:
            >>> from cognite.client.data_classes.capabilities import FilesAcl
            >>> missing = client.iam.verify_capabilities([FilesAcl([FilesAcl.Action.Read])])  # doctest: +SKIP
        """
        inspected = await self._cognite_client.iam.token.inspect()
        return await self.compare_capabilities(inspected.capabilities, desired_capabilities, self._config.project)


class GroupsAPI(ResourceAPI[Group, GroupList]):
    """``client.iam.groups``"""

    _RESOURCE_PATH = "/groups"
    _resource_cls = Group
    _list_cls = GroupList

    @overload
    async def create(self, group: Group | GroupWrite, **options: Unpack[CallOptions]) -> Group: ...
    @overload
    async def create(
        self, group: Sequence[Group] | Sequence[GroupWrite], **options: Unpack[CallOptions]
    ) -> GroupList: ...
    async def create(
        self, group: Group | GroupWrite | Sequence[Group] | Sequence[GroupWrite], **options: Unpack[CallOptions]
    ) -> Group | GroupList:
        """Create one group or several; ``capabilities`` are ``Capability`` objects (or their wire dicts).

        Example:
            >>> from cognite.client.data_classes import GroupWrite
            >>> from cognite.client.data_classes.capabilities import AssetsAcl
            >>> acl = AssetsAcl(actions=[AssetsAcl.Action.Read], scope=AssetsAcl.Scope.All())
            >>> group = client.iam.groups.create(GroupWrite(name="readers", capabilities=[acl]))  # doctest: +SKIP
        """
        return await self._create(group)

    async def list(self, all: bool = False, **options: Unpack[CallOptions]) -> GroupList:
        """Groups the caller is a member of, or every group (``all=True``).

        Example:
            >>> groups = client.iam.groups.list(all=True)  # doctest: +SKIP
        """
        return await self._list(
            method="GET", limit=None, body={"all": "true"} if all else None, load=self._load, list_cls=self._new_list
        )

    async def delete(self, id: int | Sequence[int], **options: Unpack[CallOptions]) -> None:
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


class SecurityCategoriesAPI(ResourceAPI[SecurityCategory, SecurityCategoryList]):
    """``client.iam.security_categories``"""

    _RESOURCE_PATH = "/securitycategories"
    _resource_cls = SecurityCategory
    _list_cls = SecurityCategoryList

    @overload
    async def create(
        self, security_category: SecurityCategory | SecurityCategoryWrite, **options: Unpack[CallOptions]
    ) -> SecurityCategory: ...
    @overload
    async def create(
        self,
        security_category: Sequence[SecurityCategory] | Sequence[SecurityCategoryWrite],
        **options: Unpack[CallOptions],
    ) -> SecurityCategoryList: ...
    async def create(
        self,
        security_category: SecurityCategory
        | SecurityCategoryWrite
        | Sequence[SecurityCategory]
        | Sequence[SecurityCategoryWrite],
        **options: Unpack[CallOptions],
    ) -> SecurityCategory | SecurityCategoryList:
        """Create one security category or several.

        Example:
            >>> from cognite.client.data_classes import SecurityCategoryWrite
            >>> cat = client.iam.security_categories.create(SecurityCategoryWrite(name="secret"))  # doctest: +SKIP
        """
        return await self._create(security_category)

    async def list(
        self,
        limit: int | None = DEFAULT_LIMIT_READ,
        sort: Literal["ASC", "DESC"] = "ASC",
        **options: Unpack[CallOptions],
    ) -> SecurityCategoryList:
        """List security categories, by id ascending (``sort="DESC"``: descending).

        Example:
            >>> cats = client.iam.security_categories.list(sort="DESC")  # doctest: +SKIP
        """
        if sort not in ("ASC", "DESC"):
            raise ValueError(f"sort must be 'ASC' or 'DESC', not {sort!r}")
        return await self._list(
            method="GET", limit=limit, body={"sort": sort}, load=self._load, list_cls=self._new_list
        )

    async def delete(self, id: int | Sequence[int], **options: Unpack[CallOptions]) -> None:
        """Delete security categories by id.

        Example:
            >>> client.iam.security_categories.delete(1)  # doctest: +SKIP
        """
        await self._delete_multiple(_int_ids(id))  # type: ignore[arg-type]


class SessionsAPI(ResourceAPI[Session, SessionList]):
    """``client.iam.sessions``"""

    _RESOURCE_PATH = "/sessions"
    _resource_cls = Session
    _list_cls = SessionList

    async def create(
        self,
        client_credentials: ClientCredentials | None = None,
        session_type: SessionType | Literal["DEFAULT"] = "DEFAULT",
        **options: Unpack[CallOptions],
    ) -> CreatedSession:
        """Create a session: from client credentials (given, or this client's own) or by token exchange.

        ``DEFAULT`` uses client credentials when given or when this client signs in with them, token exchange
        otherwise.

        Example:
            >>> session = client.iam.sessions.create(session_type="TOKEN_EXCHANGE")  # doctest: +SKIP
        """
        from cognite.client.credentials import OAuthClientCredentials

        creds = self._config.credentials
        if client_credentials is None and isinstance(creds, OAuthClientCredentials):
            client_credentials = ClientCredentials(creds.client_id, creds.client_secret)
        kind = session_type.upper()
        item: dict[str, Any]
        if kind == "CLIENT_CREDENTIALS" or (kind == "DEFAULT" and client_credentials is not None):
            if client_credentials is None:
                raise ValueError(
                    "CLIENT_CREDENTIALS needs client_credentials (or a client using OAuthClientCredentials)"
                )
            item = {"clientId": client_credentials.client_id, "clientSecret": client_credentials.client_secret}
        elif kind in ("DEFAULT", "TOKEN_EXCHANGE"):
            item = {"tokenExchange": True}
        elif kind == "ONESHOT_TOKEN_EXCHANGE":
            item = {"oneshotTokenExchange": True}
        else:
            raise ValueError(f"Unknown session_type {session_type!r}")
        items = await self._post_items(self._RESOURCE_PATH, {"items": [item]})
        return CreatedSession._load(items[0], cognite_client=self._cognite_client)

    @overload
    async def revoke(self, id: int, **options: Unpack[CallOptions]) -> RevokedSession: ...
    @overload
    async def revoke(self, id: Sequence[int], **options: Unpack[CallOptions]) -> RevokedSessionList: ...
    async def revoke(
        self, id: int | Sequence[int], **options: Unpack[CallOptions]
    ) -> RevokedSession | RevokedSessionList:
        """Revoke one session (an int) or several (a list).

        Example:
            >>> client.iam.sessions.revoke(id=[1, 2])  # doctest: +SKIP
        """
        items = await self._post_items(self._RESOURCE_PATH + "/revoke", {"items": [{"id": i} for i in _int_ids(id)]})
        revoked = [RevokedSession._load(i, cognite_client=self._cognite_client) for i in items]
        return revoked[0] if isinstance(id, int) else RevokedSessionList(revoked, cognite_client=self._cognite_client)

    @overload
    async def retrieve(self, id: int, **options: Unpack[CallOptions]) -> Session: ...
    @overload
    async def retrieve(self, id: Sequence[int], **options: Unpack[CallOptions]) -> SessionList: ...
    async def retrieve(self, id: int | Sequence[int], **options: Unpack[CallOptions]) -> Session | SessionList:
        """One session (an int) or several (a list).

        Example:
            >>> s = client.iam.sessions.retrieve(id=1)  # doctest: +SKIP
        """
        res = await self._retrieve_ids(ids=_int_ids(id))
        return res[0] if isinstance(id, int) else res

    async def list(
        self, status: SessionStatus | None = None, limit: int = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> SessionList:
        """List sessions, optionally by status (``READY``, ``ACTIVE``, ``CANCELLED``, ``EXPIRED``, ``REVOKED``).

        Example:
            >>> sessions = client.iam.sessions.list(status="ACTIVE")  # doctest: +SKIP
        """
        return await self._list(
            method="GET", limit=limit, body={"status": status}, load=self._load, list_cls=self._new_list
        )


class TokenAPI(APIClient):
    """``client.iam.token``"""

    async def inspect(self, **options: Unpack[CallOptions]) -> TokenInspection:
        """What the current token gives access to (subject, projects, capabilities).

        Example:
            >>> info = client.iam.token.inspect()  # doctest: +SKIP
        """
        res = await self._get("/api/v1/token/inspect")
        return TokenInspection._load(res.json(), cognite_client=self._cognite_client)
