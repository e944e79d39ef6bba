"""User profiles: the names and e-mail of the users of a project, and whether profiles are collected."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes._generated import UserProfileFields, UserProfilesConfigurationFields


class UserProfile(UserProfileFields):
    """A user's profile (from the identity provider).

    Example:
        >>> from cognite.client.data_classes.user_profiles import UserProfile
        >>> UserProfile("abc", 0, given_name="Ada").given_name
        'Ada'
    """


class UserProfileList(CogniteResourceList[UserProfile]):
    _RESOURCE = UserProfile

    def get(self, user_identifier: str) -> UserProfile | None:  # type: ignore[override]
        """The profile with this user identifier, or None."""
        return next((p for p in self if p.user_identifier == user_identifier), None)


class UserProfilesConfiguration(UserProfilesConfigurationFields):
    """Whether user profiles are enabled in the project.

    Example:
        >>> from cognite.client.data_classes.user_profiles import UserProfilesConfiguration
        >>> UserProfilesConfiguration(enabled=True).dump()
        {'enabled': True}
    """
