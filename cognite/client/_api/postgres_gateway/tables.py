"""``client.postgres_gateway.tables``: the tables of one user (the path holds the username)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from cdf_api.client import path_segment

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api._declared import DeclaredAPI
from cognite.client._spec_facts import crud_paths
from cognite.client.data_classes.postgres_gateway.tables import Table, TableList, TableWrite
from cognite.client.data_classes.postgres_gateway.users import UserList

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class TablesAPI(DeclaredAPI[Table, TableList]):
    """``client.postgres_gateway.tables``"""

    _RESOURCE_PATH = "/postgresgateway/tables/{username}"
    _resource_cls, _list_cls = Table, TableList

    def _user_path(self, kind: str, username: str) -> str:
        if not isinstance(username, str) or not username:
            raise TypeError(f"username must be a non-empty string, got {username!r}")
        return crud_paths(self._RESOURCE_PATH)[kind].replace("{username}", path_segment(username))

    @overload
    async def create(self, username: str, items: TableWrite, **options: Unpack[CallOptions]) -> Table: ...
    @overload
    async def create(self, username: str, items: Sequence[TableWrite], **options: Unpack[CallOptions]) -> TableList: ...
    async def create(
        self, username: str, items: TableWrite | Sequence[TableWrite], **options: Unpack[CallOptions]
    ) -> Table | TableList:
        """Create tables of a user.

        Example:
            >>> from cognite.client.data_classes.postgres_gateway import ViewTableWrite
            >>> view = {"space": "s", "externalId": "v", "version": "1", "type": "view"}
            >>> res = client.postgres_gateway.tables.create("me", ViewTableWrite("t", view))  # doctest: +SKIP
        """
        return await self._create(items, path=self._user_path("create", username))  # type: ignore[call-overload, no-any-return]

    @overload
    async def retrieve(
        self, username: str, tablename: str, ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> Table | None: ...
    @overload
    async def retrieve(
        self,
        username: str,
        tablename: SequenceNotStr[str],
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> TableList: ...
    async def retrieve(
        self,
        username: str,
        tablename: str | SequenceNotStr[str],
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> Table | TableList | None:
        """One table of a user by name (or a list for a list of names).

        Example:
            >>> res = client.postgres_gateway.tables.retrieve("me", "my_table")  # doctest: +SKIP
        """
        path = self._user_path("byids", username)
        return await self._retrieve_by(tablename, ignore_unknown_ids, "tablename", path)  # type: ignore[no-any-return]

    async def delete(
        self,
        username: str,
        tablename: str | SequenceNotStr[str],
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete tables of a user.

        Example:
            >>> client.postgres_gateway.tables.delete("me", ["t1", "t2"])  # doctest: +SKIP
        """
        await self._delete_multiple(
            self._identifiers(tablename, "tablename"),
            ignore_unknown_ids=ignore_unknown_ids,
            path=self._user_path("delete", username),
        )

    async def list(
        self,
        username: str,
        include_built_ins: Literal["yes", "no"] | None = "no",
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> TableList:
        """The tables of a user (``include_built_ins="yes"``: the gateway's own tables too).

        Example:
            >>> tables = client.postgres_gateway.tables.list("me", limit=5)  # doctest: +SKIP
        """
        if include_built_ins not in ("yes", "no", None):
            raise ValueError(f"include_built_ins must be 'yes' or 'no', not {include_built_ins!r}")
        body = {"includeBuiltIns": include_built_ins} if include_built_ins else None
        return await self._list_filtered(
            None, limit, method="GET", body=body, path=self._user_path("get_list", username)
        )

    @overload
    def __call__(
        self, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Table]: ...
    @overload
    def __call__(
        self, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[TableList]: ...
    def __call__(  # type: ignore[override]
        self, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Table] | AsyncIterator[TableList]:
        """Iterate over the tables of every user (one by one, or in lists of ``chunk_size``).

        Example:
            >>> for table in client.postgres_gateway.tables():  # doctest: +SKIP
            ...     table
        """
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        return self._all_tables(chunk_size, limit)

    async def _all_tables(self, chunk_size: int | None, limit: int | None) -> AsyncIterator[Any]:
        users: UserList = await self._cognite_client.postgres_gateway.users.list(limit=None)
        left = None if limit is None or limit < 0 else limit
        chunk: list[Table] = []
        for user in users:
            for table in await self.list(user.username, limit=left):
                if chunk_size is None:
                    yield table
                else:
                    chunk.append(table)
                    if len(chunk) == chunk_size:
                        yield self._new_list(chunk)
                        chunk = []
                if left is not None:
                    left -= 1
                    if left == 0:
                        break
            if left == 0:
                break
        if chunk:
            yield self._new_list(chunk)
