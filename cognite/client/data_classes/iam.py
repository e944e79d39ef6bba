"""Access management: groups, security categories, sessions, token inspection."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList, CogniteResponse
from cognite.client.data_classes.capabilities import ProjectCapabilityList, load_capabilities

__all__ = [
    "Group",
    "GroupList",
    "SecurityCategory",
    "SecurityCategoryList",
    "Session",
    "SessionList",
    "TokenInspection",
    "CreatedSession",
    "ClientCredentials",
    "GroupWrite",
    "SecurityCategoryWrite",
    "RevokedSession",
    "RevokedSessionList",
    "ProjectSpec",
    "SessionStatus",
    "SessionType",
    "ALL_USER_ACCOUNTS",
]

ALL_USER_ACCOUNTS = "allUserAccounts"  # ``members=`` of a group every user of the project belongs to
SessionStatus: TypeAlias = Literal["READY", "ACTIVE", "CANCELLED", "EXPIRED", "REVOKED", "ACCESS_LOST"]
SessionType: TypeAlias = Literal["CLIENT_CREDENTIALS", "TOKEN_EXCHANGE", "ONESHOT_TOKEN_EXCHANGE"]


class GroupWrite(CogniteResource):
    """A group to create (name, capabilities, source id or members, metadata)."""

    _write_model = "GroupMembershipManagedExternallyOrInCdfManagedInCDF"
    _more_models = ("GroupMembershipManagedExternallyOrInCdfManagedExternally",)

    _nested = {"capabilities": load_capabilities}


class Group(CogniteResource):
    """A group of principals and their capabilities.

    Example:
        >>> from cognite.client.data_classes import Group
        >>> Group(name="My Group", capabilities=[{"groupsAcl": {"actions": ["LIST"], "scope": {"all": {}}}}]).dump()["name"]
        'My Group'
    """

    # Group is an allOf over a oneOf (membership managed in CDF or externally): all variants contribute fields
    _read_model = "GroupManagedInCDF"
    _write_model = "GroupMembershipManagedExternallyOrInCdfManagedInCDF"
    _more_models = ("GroupMembershipManagedExternallyOrInCdfManagedExternally", "GroupManagedExternally")
    _write_class = GroupWrite

    _nested = {"capabilities": load_capabilities}


class GroupList(CogniteResourceList[Group]):
    _RESOURCE = Group


class SecurityCategoryWrite(CogniteResource):
    """A security category to create."""

    _write_model = "SecurityCategorySpecDTO"


class SecurityCategory(CogniteResource):
    """A security category.

    Example:
        >>> from cognite.client.data_classes import SecurityCategory
        >>> SecurityCategory(name="My Category").dump()
        {'name': 'My Category'}
    """

    _read_model = "SecurityCategoryDTO"
    _write_model = "SecurityCategorySpecDTO"
    _write_class = SecurityCategoryWrite


class SecurityCategoryList(CogniteResourceList[SecurityCategory]):
    _RESOURCE = SecurityCategory


class Session(CogniteResource):
    """A session (id, status, creation / expiration time)."""

    _read_model = "Session"


class SessionList(CogniteResourceList[Session]):
    _RESOURCE = Session


class RevokedSession(CogniteResource):
    """A session as it is after ``sessions.revoke`` (status ``REVOKED``)."""

    _read_model = "Session"


class RevokedSessionList(CogniteResourceList[RevokedSession]):
    _RESOURCE = RevokedSession


class CreatedSession(CogniteResponse):
    """A new session and its nonce (pass the nonce to the service that acts on your behalf)."""

    _read_model = "CreateSessionResponse"


class ClientCredentials(CogniteResponse):
    """Client credentials for creating a session on behalf of another client."""

    _write_model = "CreateSessionWithClientCredentialsRequest"
    _positional = ("client_id", "client_secret")


class TokenInspection(CogniteResponse):
    """What the token in use gives access to: subject, projects and capabilities.

    Example:
        >>> from cognite.client.data_classes import TokenInspection
        >>> TokenInspection.load({"subject": "me", "projects": [], "capabilities": []}).subject
        'me'
    """

    _read_model = "TokenInspectionResponse"

    _nested = {
        "capabilities": ProjectCapabilityList._load,
        "projects": lambda items: [ProjectSpec._load(i) if isinstance(i, dict) else i for i in items],
    }


class ProjectSpec(CogniteResponse):
    """A project the token has access to: its URL name and the token's groups in it."""

    _fields = ("url_name", "groups")

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> ProjectSpec:
        return cls(url_name=resource.get("projectUrlName", resource.get("url_name")), groups=resource.get("groups"))

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"projectUrlName" if camel_case else "url_name": self.url_name, "groups": self.groups}
