"""Access management: groups, security categories, sessions, token inspection."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

from cognite.client.data_classes._base import (
    CogniteResourceList,
    CogniteResponse,
    WriteableCogniteResourceList,
)
from cognite.client.data_classes._generated import (
    ClientCredentialsFields,
    CreatedSessionFields,
    GroupFields,
    GroupWriteFields,
    SecurityCategoryFields,
    SecurityCategoryWriteFields,
    SessionFields,
    TokenInspectionFields,
)

__all__ = [
    "ClientCredentials",
    "CreatedSession",
    "Group",
    "GroupList",
    "GroupWriteList",
    "SecurityCategory",
    "SecurityCategoryList",
    "SecurityCategoryWriteList",
    "Session",
    "SessionList",
    "TokenInspection",
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


class GroupWrite(GroupWriteFields):
    """A group to create (name, capabilities, source id or members, metadata)."""


class Group(GroupFields):
    """A group of principals and their capabilities.

    Example:
        >>> from cognite.client.data_classes import Group
        >>> Group(name="My Group", capabilities=[{"groupsAcl": {"actions": ["LIST"], "scope": {"all": {}}}}]).dump()["name"]
        'My Group'
    """

    # Group is an allOf over a oneOf (membership managed in CDF or externally): all variants contribute fields


class GroupWriteList(CogniteResourceList[GroupWrite]):
    _RESOURCE = GroupWrite


class GroupList(WriteableCogniteResourceList[Group, GroupWriteList]):
    _RESOURCE = Group


class SecurityCategoryWrite(SecurityCategoryWriteFields):
    """A security category to create."""


class SecurityCategory(SecurityCategoryFields):
    """A security category.

    Example:
        >>> from cognite.client.data_classes import SecurityCategory
        >>> SecurityCategory(name="My Category").dump()
        {'name': 'My Category'}
    """


class SecurityCategoryWriteList(CogniteResourceList[SecurityCategoryWrite]):
    _RESOURCE = SecurityCategoryWrite


class SecurityCategoryList(WriteableCogniteResourceList[SecurityCategory, SecurityCategoryWriteList]):
    _RESOURCE = SecurityCategory


class Session(SessionFields):
    """A session (id, status, creation / expiration time)."""


class SessionList(CogniteResourceList[Session]):
    _RESOURCE = Session


class RevokedSession(SessionFields):
    """A session as it is after ``sessions.revoke`` (status ``REVOKED``)."""


class RevokedSessionList(CogniteResourceList[RevokedSession]):
    _RESOURCE = RevokedSession


class CreatedSession(CreatedSessionFields):
    """A new session and its nonce (pass the nonce to the service that acts on your behalf)."""


class ClientCredentials(ClientCredentialsFields):
    """Client credentials for creating a session on behalf of another client."""


class TokenInspection(TokenInspectionFields):
    """What the token in use gives access to: subject, projects and capabilities.

    Example:
        >>> from cognite.client.data_classes import TokenInspection
        >>> TokenInspection.load({"subject": "me", "projects": [], "capabilities": []}).subject
        'me'
    """


class ProjectSpec(CogniteResponse):
    """A project the token has access to: its URL name and the token's groups in it."""

    def __init__(self, url_name: str, groups: list[int] | None = None, cognite_client: Any = None) -> None:
        self.url_name = url_name
        self.groups = groups
        self._cognite_client = cognite_client

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> ProjectSpec:
        return cls(
            resource["projectUrlName"] if "projectUrlName" in resource else resource["url_name"], resource.get("groups")
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"projectUrlName" if camel_case else "url_name": self.url_name, "groups": self.groups}
