"""Access management: groups, security categories, sessions, token inspection."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList, CogniteResponse

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
]


class GroupWrite(CogniteResource):
    """A group to create (name, capabilities, source id or members, metadata)."""

    _write_model = "GroupMembershipManagedExternallyOrInCdfManagedInCDF"
    _more_models = ("GroupMembershipManagedExternallyOrInCdfManagedExternally",)


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
