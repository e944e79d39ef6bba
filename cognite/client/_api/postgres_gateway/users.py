"""``client.postgres_gateway.users``: a declared resource keyed by ``username`` (CDF assigns it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

from cognite.client._api._declared import ListItems
from cognite.client.data_classes.postgres_gateway.users import (
    User,
    UserCreated,
    UserCreatedList,
    UserList,
    UserUpdate,
    UserWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class UsersAPI(ListItems[User, UserList]):
    """``client.postgres_gateway.users``"""

    _RESOURCE_PATH = "/postgresgateway"
    _resource_cls, _list_cls, _update_cls = User, UserList, UserUpdate

    @overload
    async def create(self, user: UserWrite, **options: Unpack[CallOptions]) -> UserCreated: ...
    @overload
    async def create(self, user: Sequence[UserWrite], **options: Unpack[CallOptions]) -> UserCreatedList: ...
    async def create(
        self, user: UserWrite | Sequence[UserWrite], **options: Unpack[CallOptions]
    ) -> UserCreated | UserCreatedList:
        """Create users; the answer holds each one's ``username`` and ``password`` (shown only now).

        Example:
            >>> from cognite.client.data_classes.postgres_gateway import SessionCredentials, UserWrite
            >>> res = client.postgres_gateway.users.create(UserWrite(SessionCredentials("nonce")))  # doctest: +SKIP
        """
        return await self._create_multiple(  # type: ignore[no-any-return]
            user,
            load=lambda i: UserCreated._load(i, cognite_client=self._cognite_client),
            list_cls=lambda items: UserCreatedList(items, cognite_client=self._cognite_client),
            dump=self._dump_write,
            path=self._path_of("create"),
        )

    @overload
    async def update(self, items: UserUpdate | UserWrite, **options: Unpack[CallOptions]) -> User: ...
    @overload
    async def update(self, items: Sequence[UserUpdate | UserWrite], **options: Unpack[CallOptions]) -> UserList: ...
    async def update(
        self, items: UserUpdate | UserWrite | Sequence[UserUpdate | UserWrite], **options: Unpack[CallOptions]
    ) -> User | UserList:
        """Update users (their credentials).

        Example:
            >>> from cognite.client.data_classes.postgres_gateway import UserUpdate
            >>> res = client.postgres_gateway.users.update(UserUpdate("me").credentials.set({"nonce": "n"}))  # doctest: +SKIP
        """
        return await self._update(items, "replace_ignore_null", path=self._path_of("update"))  # type: ignore[no-any-return]

    @overload
    async def retrieve(
        self, username: str, ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> User | None: ...
    @overload
    async def retrieve(
        self, username: SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> UserList: ...
    async def retrieve(
        self, username: str | SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> User | UserList | None:
        """One user by username (or a list for a list of usernames).

        Example:
            >>> res = client.postgres_gateway.users.retrieve("myUser")  # doctest: +SKIP
        """
        return await self._retrieve_by(username, ignore_unknown_ids, field="username")  # type: ignore[no-any-return]

    async def delete(
        self, username: str | SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> None:
        """Delete users by username.

        Example:
            >>> client.postgres_gateway.users.delete(["myUser", "myUser2"])  # doctest: +SKIP
        """
        await self._delete_by(username, ignore_unknown_ids, field="username")
