"""``client.iam.user_profiles``: the profiles of the project's users (me, list, retrieve, search, enable/disable)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._mechanisms.bulk import parse_json
from cognite.client.data_classes.user_profiles import UserProfile, UserProfileList, UserProfilesConfiguration

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class UserProfilesAPI(ResourceAPI[UserProfile, UserProfileList]):
    """``client.iam.user_profiles``"""

    _RESOURCE_PATH = "/profiles"
    _resource_cls = UserProfile
    _list_cls = UserProfileList

    async def _configure(self, enabled: bool) -> UserProfilesConfiguration:
        body = {"update": {"userProfilesConfiguration": {"set": {"enabled": enabled}}}}
        reply = parse_json((await self._post("/update", json=body)).content)
        return UserProfilesConfiguration._load(reply["userProfilesConfiguration"])

    async def enable(self, **options: Unpack[CallOptions]) -> UserProfilesConfiguration:
        """Enable user profiles in the project.

        Example:
            >>> config = client.iam.user_profiles.enable()  # doctest: +SKIP
        """
        return await self._configure(True)

    async def disable(self, **options: Unpack[CallOptions]) -> UserProfilesConfiguration:
        """Disable user profiles in the project.

        Example:
            >>> config = client.iam.user_profiles.disable()  # doctest: +SKIP
        """
        return await self._configure(False)

    async def me(self, **options: Unpack[CallOptions]) -> UserProfile:
        """The profile of the user the client's credentials belong to.

        Example:
            >>> res = client.iam.user_profiles.me()  # doctest: +SKIP
        """
        return self._load(parse_json((await self._get(self._RESOURCE_PATH + "/me")).content))

    @overload
    async def retrieve(self, user_identifier: str, **options: Unpack[CallOptions]) -> UserProfile | None: ...
    @overload
    async def retrieve(
        self, user_identifier: SequenceNotStr[str], **options: Unpack[CallOptions]
    ) -> UserProfileList: ...
    async def retrieve(
        self, user_identifier: str | SequenceNotStr[str], **options: Unpack[CallOptions]
    ) -> UserProfile | UserProfileList | None:
        """One profile (None if unknown) or, for a list of user identifiers, a list.

        Example:
            >>> res = client.iam.user_profiles.retrieve(["bar", "baz"])  # doctest: +SKIP
        """
        single = isinstance(user_identifier, str)
        ids = [user_identifier] if isinstance(user_identifier, str) else list(user_identifier)
        if not ids or not all(isinstance(i, str) for i in ids):
            raise TypeError("user_identifier must be a string or a list of strings")
        items = [{"userIdentifier": i} for i in ids]
        if single:
            found: UserProfile | None = await self._retrieve(items[0], load=self._load)
            return found
        return await self._retrieve_multiple(items, load=self._load, list_cls=self._new_list)

    async def search(
        self, name: str, limit: int = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> UserProfileList:
        """Profiles whose name starts with ``name`` (meant for people exploring, not for programs).

        Example:
            >>> res = client.iam.user_profiles.search(name="Alex")  # doctest: +SKIP
        """
        if not isinstance(name, str):
            raise TypeError("name must be a string")
        return await self._search({"name": name}, limit=limit)

    async def list(self, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]) -> UserProfileList:
        """List the project's user profiles (ordered by name).

        Example:
            >>> res = client.iam.user_profiles.list(limit=None)  # doctest: +SKIP
        """
        return await self._list_filtered(None, limit, method="GET")
