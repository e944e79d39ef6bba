"""What the workflow APIs share: identifier shapes, one-by-one GETs of path-addressed objects, session nonces."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from cdf_api.client import path_segment

from cognite.client.data_classes.workflows import WorkflowIds, WorkflowVersionId
from cognite.client.exceptions import CogniteNotFoundError

if TYPE_CHECKING:
    from cognite.client.data_classes.iam import ClientCredentials

WorkflowIdentifier: TypeAlias = "WorkflowVersionId | tuple[str, str] | str"
WorkflowVersionIdentifier: TypeAlias = "WorkflowVersionId | tuple[str, str]"
T = TypeVar("T")


def path(template: str, *parts: str) -> str:
    """A path with each part percent-encoded as one segment: path("/workflows/{}", "a/b") -> "/workflows/a%2Fb"."""
    return template.format(*(path_segment(p) for p in parts))


def workflow_filters(ids: Any) -> list[dict[str, Any]]:
    """The wire ``workflowFilters`` for workflow (version) ids: [{"externalId", "version"?}]."""
    if ids is None:
        return []
    return WorkflowIds.load(ids).dump(camel_case=True, as_external_id=True)


def version_ids(ids: Any) -> list[WorkflowVersionId]:
    out = list(WorkflowIds.load(ids))
    for v in out:
        if v.version is None:
            raise ValueError(
                f"Give the version of workflow {v.workflow_external_id!r}: (workflow_external_id, version)"
            )
    return out


async def get_each(
    keys: Sequence[T], get: Callable[[T], Awaitable[dict[str, Any]]], ignore_unknown: bool
) -> list[dict[str, Any]]:
    """GET objects one by one (their API has no byids); missing ones are left out or raise CogniteNotFoundError."""
    found, missing = [], []
    for key in keys:
        try:
            found.append(await get(key))
        except CogniteNotFoundError:
            missing.append(key)
    if missing and not ignore_unknown:
        raise CogniteNotFoundError(f"Not found: {missing}", code=404, missing=[{"key": str(k)} for k in missing])
    return found


async def session_nonce(client: Any, client_credentials: ClientCredentials | dict[str, Any] | None) -> str:
    """A nonce of a new session (of `client_credentials`, or of the client's own credentials)."""
    from cognite.client.data_classes.iam import ClientCredentials

    if isinstance(client_credentials, dict):
        client_credentials = ClientCredentials(
            client_credentials.get("client_id", client_credentials.get("clientId")),
            client_credentials.get("client_secret", client_credentials.get("clientSecret")),
        )
    session = await client.iam.sessions.create(client_credentials)
    return str(session.nonce)
