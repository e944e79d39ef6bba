"""Postgres gateway users: created from a session's credentials; CDF names them and returns the password once."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes._generated import (
    SessionCredentialsFields,
    UserCreatedFields,
    UserFields,
    UserUpdateFields,
    UserWriteFields,
)


class SessionCredentials(SessionCredentialsFields):
    """The nonce of a session the user acts as.

    Example:
        >>> from cognite.client.data_classes.postgres_gateway import SessionCredentials
        >>> SessionCredentials("abc").dump()
        {'nonce': 'abc'}
    """


class UserWrite(UserWriteFields):
    """A user to create.

    Example:
        >>> from cognite.client.data_classes.postgres_gateway import SessionCredentials, UserWrite
        >>> UserWrite(credentials=SessionCredentials("abc")).dump()
        {'credentials': {'nonce': 'abc'}}
    """


class User(UserFields):
    """A postgres gateway user."""


class UserCreated(UserCreatedFields):
    """A user just created: its ``host``, ``username`` and ``password`` (shown this once)."""


class UserUpdate(UserUpdateFields):
    """Change a user's credentials: ``UserUpdate("name").credentials.set({"nonce": ...})``."""


class UserWriteList(CogniteResourceList[UserWrite]):
    _RESOURCE = UserWrite


class UserList(CogniteResourceList[User]):
    _RESOURCE = User


class UserCreatedList(CogniteResourceList[UserCreated]):
    _RESOURCE = UserCreated
