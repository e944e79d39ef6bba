"""Per-operation marks the endpoint template reads: which base URL an operation lives under, and whether it is
safe to repeat. Both are written into the normalised spec as `x-cdf-*` extensions and into cdf_api.operations."""

from __future__ import annotations

import re
from typing import Any

from openapi.normalise.walk import operations

Spec = dict[str, Any]

_API_ROOT = re.compile(r"/api/v1/?$")


def _servers(item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    return op.get("servers") or item.get("servers") or []


def mark_base(spec: Spec) -> int:
    """Operations not under `/projects/{project}`: `inspectToken` is served from `{cluster}/api/v1` (`x-cdf-base:
    api`), the org/principal APIs from the auth host (`x-cdf-base: absolute`, `x-cdf-server` = that host's URL,
    prefixed to the path)."""
    count = 0
    for path, _method, op in operations(spec):
        servers = _servers(spec["paths"][path], op)
        url = servers[0]["url"] if servers else ""
        op["x-cdf-base"] = "project"
        if url and not url.endswith("/projects/{project}"):
            count += 1
            if "{cluster}" in url and _API_ROOT.search(url):
                op["x-cdf-base"] = "api"
            else:
                op["x-cdf-base"] = "absolute"
                op["x-cdf-server"] = url.rstrip("/")
    return count


# First verb-like word of the operationId decides; reads are safe to repeat, writes are not.
READ_WORDS = frozenset(
    {
        "list",
        "filter",
        "search",
        "aggregate",
        "aggregates",
        "query",
        "sync",
        "retrieve",
        "retreive",
        "get",
        "byids",
        "by",
        "multi",
        "advanced",
        "inspect",
        "latest",
        "cursors",
        "download",
        "preview",
        "count",
    }
)
WRITE_WORDS = frozenset(
    {
        "create",
        "delete",
        "update",
        "post",
        "apply",
        "upsert",
        "ingest",
        "run",
        "cancel",
        "retry",
        "revoke",
        "init",
        "complete",
        "alter",
        "copy",
        "write",
        "revert",
        "trigger",
        "pause",
        "resume",
        "verify",
        "new",
        "predict",
        "refit",
        "suggest",
        "detect",
        "convert",
        "put",
        "patch",
        "set",
        "call",
        "compute",
        "startup",
        "checkin",
        "batch",
        "execution",
    }
)
# Operations whose name says one thing and whose semantics say another (reason per entry).
RETRYABLE_OVERRIDES: dict[str, bool] = {
    "documentsContentPost": True,  # returns a document's text; reads only
    "containerInspect": True,  # read-only inspection of containers
    "instanceInspect": True,  # read-only inspection of instances
    "userProfilesSearch": True,  # search
    "documents_summary_ai_tools_documents_summarize_post": False,  # billable AI call; do not silently repeat
    "document_questioning_ai_tools_documents_ask_post": False,  # billable AI call
    "getUploadLink": False,  # may create the file placeholder
    "getMultiPartUploadLink": False,  # starts a multipart upload session
    "postFunctionsStatus": False,  # activates Functions for the project
}


# Idempotent writes: repeating the same request leaves the same state, so a 5xx / lost connection may be retried.
RETRYABLE_OVERRIDES.update(
    dict.fromkeys(
        (
            # data model upserts and deletes (apply = create-or-replace by identifier; delete of gone items is a no-op)
            "ApplyContainers",
            "ApplySpaces",
            "ApplyViews",
            "applyNodeAndEdges",
            "createDataModels",
            "deleteBulk",
            "deleteContainerConstraints",
            "deleteContainerIndexes",
            "deleteContainers",
            "deleteDataModels",
            "deleteSpacesV3",
            "deleteViews",
            # datapoint, sequence row and RAW row writes/deletes (keyed by timestamp / row number / row key)
            "postMultiTimeSeriesDatapoints",
            "deleteDatapoints",
            "postSequenceData",
            "deleteSequenceData",
            "postRows",
            "deleteRows",
            # updates by identifier ("set" / "add" / "remove" patches give the same result twice)
            "alterTimeSeries",
            "annotationsUpdate",
            "update3DModels",
            "update3DRevisions",
            "updateAssets",
            "updateDataSets",
            "updateEvents",
            "updateExtPipes",
            "updateFiles",
            "updateRelationships",
            "updateSequences",
        ),
        True,
    )
)

_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _words(operation_id: str) -> list[str]:
    """`filter3DAssetMappings` -> filter, 3, d, asset, mappings; `byIdsAssets` -> by, ids, assets."""
    return [w.lower() for w in _WORD.findall(operation_id)]


def is_retryable(method: str, operation_id: str) -> bool:
    """Safe to repeat after a 5xx/connection error: HTTP reads, and POST reads named by their operationId.

    Example:
        >>> is_retryable("post", "byIdsAssets"), is_retryable("post", "createAssets"), is_retryable("get", "getAsset")
        (True, False, True)
    """
    if operation_id in RETRYABLE_OVERRIDES:
        return RETRYABLE_OVERRIDES[operation_id]
    if method.lower() in ("get", "head", "options"):
        return True
    if method.lower() != "post":
        return False  # the spec's PUT/DELETE change state; repeat only what is known to be a read
    for word in _words(operation_id):
        if word in READ_WORDS:
            return True
        if word in WRITE_WORDS:
            return False
    return False  # unknown verbs are treated as writes


def mark_retryable(spec: Spec) -> int:
    """Per-operation retry safety from operationId + method semantics (`x-cdf-retryable`); counts retryable ops."""
    count = 0
    for _path, method, op in operations(spec):
        op["x-cdf-retryable"] = is_retryable(method, op["operationId"])
        count += op["x-cdf-retryable"]
    return count


def mark_accept(spec: Spec) -> int:
    """Operations whose success reply is not JSON (files, images, csv) send that type as `accept`
    (`x-cdf-accept`); the generator parses the first content type a response lists, so that one is asked for."""
    count = 0
    for _path, _method, op in operations(spec):
        for code, response in sorted((op.get("responses") or {}).items()):
            if not (code.startswith("2") and isinstance(response, dict) and response.get("content")):
                continue
            first = next(iter(response["content"]))
            if first != "application/json":
                op["x-cdf-accept"] = first
                count += 1
            break
    return count


MARKS = [mark_base, mark_retryable, mark_accept]
