"""Exceptions raised by the SDK. Names and attributes match the official `cognite-sdk`.

Every error from CDF is a `CogniteAPIError` (or a subclass chosen by status code and body). Work split into several
requests (chunked create/retrieve/update/delete) reports what happened to each item: `successful` (2xx),
`failed` (4xx, or never sent because an earlier request failed in a fail-fast operation is `skipped`),
`unknown` (5xx / connection error on an operation that may have been applied).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class CogniteException(Exception):
    """Base class of every exception this SDK raises."""


class CogniteMultiException(CogniteException):
    """Outcome of an operation that sent several requests: which items succeeded, failed, are unknown or skipped.

    Example:
        >>> from cognite.client.exceptions import CogniteMultiException
        >>> e = CogniteMultiException(successful=[1, 2], failed=[3])
        >>> (e.successful, e.failed, e.unknown, e.skipped)
        ([1, 2], [3], [], [])
    """

    def __init__(
        self,
        successful: list | None = None,
        failed: list | None = None,
        unknown: list | None = None,
        skipped: list | None = None,
        unwrap_fn: Callable[[Any], Any] | None = None,
    ) -> None:
        self.successful = list(successful or [])
        self.failed = list(failed or [])
        self.unknown = list(unknown or [])
        self.skipped = list(skipped or [])
        self._unwrap_fn = unwrap_fn or (lambda x: x)
        super().__init__()

    def _summary(self) -> str:
        if not (self.successful or self.failed or self.unknown or self.skipped):
            return ""
        parts = [
            f"Successful (2xx): {self._short([self._unwrap_fn(x) for x in self.successful])}",
            f"Unknown (5xx): {self._short([self._unwrap_fn(x) for x in self.unknown])}",
            f"Failed (4xx): {self._short([self._unwrap_fn(x) for x in self.failed])}",
        ]
        if self.skipped:
            parts.append(f"Skipped: {self._short([self._unwrap_fn(x) for x in self.skipped])}")
        return "\nThe API Failed to process some items.\n" + "\n".join(parts)

    @staticmethod
    def _short(items: list) -> str:
        if len(items) <= 10:
            return repr(items)
        return f"{items[:10]!r}[:-1] + ... ({len(items)} in total)"

    def __str__(self) -> str:
        return self._summary().strip()


class CogniteAPIError(CogniteMultiException):
    """CDF answered with an error (non-2xx).

    Args:
        message: the error message from CDF's `{"error": {"message": ...}}` body.
        code: HTTP status code.
        x_request_id: the `x-request-id` response header (quote it when contacting support).
        missing: identifiers CDF reported as not found.
        duplicated: identifiers CDF reported as duplicates.
        extra: any other keys of the error body.

    Example:
        >>> from cognite.client.exceptions import CogniteAPIError
        >>> try:
        ...     raise CogniteAPIError("Bad request", code=400, x_request_id="abc")
        ... except CogniteAPIError as e:
        ...     print(e.code, e.message, e.x_request_id)
        400 Bad request abc
    """

    def __init__(
        self,
        message: str,
        code: int,
        x_request_id: str | None = None,
        missing: list | None = None,
        duplicated: list | None = None,
        successful: list | None = None,
        failed: list | None = None,
        unknown: list | None = None,
        skipped: list | None = None,
        cluster: str | None = None,
        project: str | None = None,
        extra: dict | None = None,
        unwrap_fn: Callable[[Any], Any] | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.x_request_id = x_request_id
        self.missing = missing
        self.duplicated = duplicated
        self.cluster = cluster
        self.project = project
        self.extra = extra
        super().__init__(successful, failed, unknown, skipped, unwrap_fn)
        self.args = (message,)

    def __str__(self) -> str:
        msg = f"{self.message} | code: {self.code} | X-Request-ID: {self.x_request_id}"
        if self.cluster:
            msg += f" | cluster: {self.cluster}"
        if self.project:
            msg += f" | project: {self.project}"
        if self.missing:
            msg += f"\nMissing: {self._short(self.missing)}"
        if self.duplicated:
            msg += f"\nDuplicated: {self._short(self.duplicated)}"
        if self.extra:
            msg += f"\nAdditional error info: {self.extra}"
        return msg + self._summary()


class CogniteNotFoundError(CogniteAPIError):
    """Some of the requested identifiers do not exist; they are listed in `not_found` (alias of `missing`).

    Example:
        >>> from cognite.client.exceptions import CogniteNotFoundError
        >>> CogniteNotFoundError("Not found", code=400, missing=[{"id": 1}]).not_found
        [{'id': 1}]
    """

    def __init__(
        self, message: str | list = "Not found", code: int = 400, missing: list | None = None, **kwargs: Any
    ) -> None:
        if isinstance(message, list):  # the older signature: CogniteNotFoundError(not_found, successful=...)
            missing, message = message, "Not found"
        super().__init__(message, code, missing=list(missing or []), **kwargs)

    @property
    def not_found(self) -> list:
        return self.missing or []


class CogniteDuplicatedError(CogniteAPIError):
    """Some identifiers already exist (409); they are listed in `duplicated`.

    Example:
        >>> from cognite.client.exceptions import CogniteDuplicatedError
        >>> CogniteDuplicatedError("Duplicated", code=409, duplicated=[{"externalId": "a"}]).duplicated
        [{'externalId': 'a'}]
    """

    def __init__(
        self, message: str | list = "Duplicated", code: int = 409, duplicated: list | None = None, **kwargs: Any
    ) -> None:
        if isinstance(message, list):  # the older signature: CogniteDuplicatedError(duplicated, successful=...)
            duplicated, message = message, "Duplicated"
        super().__init__(message, code, duplicated=list(duplicated or []), **kwargs)


class CogniteProjectAccessError(CogniteAPIError):
    """401: the credentials are not valid for this project (wrong project, expired or invalid token).
    `maybe_projects` lists the projects the credentials do give access to, when CDF tells.

    Example:
        >>> from cognite.client.exceptions import CogniteProjectAccessError
        >>> str(CogniteProjectAccessError("no access", code=401, project="p")).startswith("no access")
        True
    """

    maybe_projects: list[str] | None = None


class CogniteAuthorizationError(CogniteAPIError):
    """403: the credentials lack a capability (ACL) needed for this request."""


class CogniteRequestError(CogniteException):
    """The request could not be completed (a transport-level failure, no HTTP response)."""


class CogniteConnectionError(CogniteRequestError):
    """Could not connect to, or lost the connection to, the server (after the allowed retries)."""


class CogniteConnectionRefused(CogniteConnectionError):
    """The server refused the connection."""

    def __init__(self, message: str = "Cognite API connection refused. Please try again later.") -> None:
        super().__init__(message)


class CogniteReadTimeout(CogniteRequestError):
    """The server did not answer within the configured timeout."""


class CogniteImportError(CogniteException, ImportError):
    """An optional dependency is not installed.

    Example:
        >>> from cognite.client.exceptions import CogniteImportError
        >>> str(CogniteImportError("pandas"))
        'The functionality you are trying to use requires pandas to be installed.'
    """

    def __init__(self, module: str, message: str | None = None) -> None:
        self.module = module
        self.message = message or f"The functionality you are trying to use requires {module} to be installed."
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class CogniteMissingClientError(CogniteException):
    """A data object was used for an API call but holds no client reference."""

    def __init__(self, obj: Any) -> None:
        self.type = type(obj).__name__
        super().__init__(
            f"A CogniteClient has not been set on this object ({self.type}); pass it in the constructor or load it "
            "through the client."
        )


class CogniteAPIKeyError(CogniteException):
    """The (legacy) API key is missing or invalid."""


class CogniteDuplicateColumnsError(CogniteException):
    """Building a data frame would give duplicate column names (e.g. `include_aggregate_name=False` with several
    aggregates); `dups` lists them.

    Example:
        >>> from cognite.client.exceptions import CogniteDuplicateColumnsError
        >>> CogniteDuplicateColumnsError(["ts1"]).dups
        ['ts1']
    """

    def __init__(self, dups: Any) -> None:
        self.dups = dups
        super().__init__(f"Can't create a data frame with duplicate column names: {dups}")


class CogniteAuthError(CogniteException):
    """Obtaining credentials failed."""


class CogniteOAuthError(CogniteAuthError):
    """The OAuth token endpoint returned an error (`error`, `error_description`)."""

    def __init__(self, error: str, description: str = "") -> None:
        self.error = error
        self.description = description
        super().__init__(f"Error generating access token: {error!r}, description: {description!r}")


class CogniteFileUploadError(CogniteException):
    """A file upload failed."""

    def __init__(self, message: str, code: int) -> None:
        self.message = message
        self.code = code
        super().__init__(f"{message} | code: {code}")


class CogniteAssetHierarchyError(CogniteException):
    """`assets.create_hierarchy` found issues in the hierarchy before sending anything (see `hierarchy`)."""

    def __init__(self, message: str, hierarchy: Any = None) -> None:
        self.message = message
        self.hierarchy = hierarchy
        super().__init__(message)

    def _attr(self, name: str) -> Any:
        return getattr(self.hierarchy, name, None)

    @property
    def invalid(self) -> Any:
        return self._attr("invalid")

    @property
    def unsure_parents(self) -> Any:
        return self._attr("unsure_parents")

    @property
    def duplicates(self) -> Any:
        return self._attr("duplicates")

    @property
    def orphans(self) -> Any:
        return self._attr("orphans")

    @property
    def cycles(self) -> Any:
        return self._attr("cycles")


class CogniteModelFailedError(CogniteException):
    """A model (e.g. entity matching) failed on the server."""

    def __init__(self, typename: str, id: int, error_message: str) -> None:
        self.typename = typename
        self.id = id
        self.error_message = error_message
        super().__init__(f"{typename} {id} failed with error '{error_message}'")


class CogniteOrganizationError(CogniteException):
    """Organization-level request failed."""


@dataclass
class GraphQLErrorSpec:
    """One error of a GraphQL reply (the DML service names a ``location``, GraphQL itself ``locations``).

    Example:
        >>> GraphQLErrorSpec.load({"message": "Unknown type", "locations": [{"line": 1, "column": 3}]}).message
        'Unknown type'
    """

    message: str
    hint: str | None = None
    kind: str | None = None
    location: dict[str, dict[str, int]] | None = None
    locations: list[dict[str, int]] | None = None
    path: list[str | int] | None = None
    extensions: dict[str, Any] | None = None

    @classmethod
    def load(cls, data: dict[str, Any]) -> GraphQLErrorSpec:
        """An error from its wire form."""
        return cls(
            message=str(data.get("message", "")),
            hint=data.get("hint"),
            kind=data.get("kind"),
            location=data.get("location"),
            locations=data.get("locations"),
            path=data.get("path"),
            extensions=data.get("extensions"),
        )


class CogniteGraphQLError(CogniteException):
    """A GraphQL query returned errors (``errors``: their ``GraphQLErrorSpec``s)."""

    def __init__(self, errors: list[GraphQLErrorSpec]) -> None:
        self.errors = errors
        super().__init__(f"GraphQL errors: {errors}")
