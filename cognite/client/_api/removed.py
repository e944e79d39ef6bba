"""APIs CDF has removed: every use raises an error that names the successor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, NoReturn

from cognite.client._api_client import APIClient
from cognite.client.exceptions import CogniteException

SUCCESSORS = {
    "templates": "Templates were removed from CDF; use Data Modeling (client.data_modeling) instead.",
    "api_keys": "API keys were removed from CDF; authenticate with OIDC (cognite.client.credentials) instead.",
    "service_accounts": (
        "Service accounts were removed from CDF; use OIDC client credentials (app registrations in your identity "
        "provider) with groups in client.iam.groups instead."
    ),
}


class CogniteRemovedAPIError(CogniteException):
    """The API was removed from CDF; the message names what replaces it.

    Example:
        >>> from cognite.client._api.removed import CogniteRemovedAPIError, removed
        >>> try:
        ...     removed("api_keys")
        ... except CogniteRemovedAPIError as e:
        ...     print("OIDC" in str(e))
        True
    """


def removed(name: str) -> NoReturn:
    raise CogniteRemovedAPIError(SUCCESSORS[name])


class _RemovedAPI(APIClient):
    _name: ClassVar[str]

    if not TYPE_CHECKING:  # at runtime any use names the successor; for type checkers the API has no members

        def __getattr__(self, name: str) -> NoReturn:
            if name.startswith("_"):
                raise AttributeError(name)
            removed(self._name)

    def __call__(self, *args: Any, **kwargs: Any) -> NoReturn:
        removed(self._name)


class TemplatesAPI(_RemovedAPI):
    """``client.templates``: removed from CDF (use Data Modeling)."""

    _name = "templates"


class APIKeysAPI(_RemovedAPI):
    """``client.api_keys`` / ``client.iam.api_keys``: removed from CDF (use OIDC)."""

    _name = "api_keys"


class ServiceAccountsAPI(_RemovedAPI):
    """``client.service_accounts`` / ``client.iam.service_accounts``: removed from CDF (use OIDC apps + groups)."""

    _name = "service_accounts"
