"""Transformations: a SQL query, where it writes (``destination``) and how (``conflict_mode``), with the credentials
or session nonces it reads and writes with. CDF keeps the secrets: a read transformation only says it has them
(``has_source_oidc_credentials``)."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import (
    CogniteFilter,
    CogniteResource,
    CogniteResourceList,
    WriteableCogniteResourceList,
)
from cognite.client.data_classes._generated import (
    TransformationFields,
    TransformationUpdateFields,
    TransformationWriteFields,
)
from cognite.client.data_classes._navigation import client_of, run_sync
from cognite.client.data_classes.transformations.common import (
    NonceCredentials,
    OidcCredentials,
    TransformationDestination,
)
from cognite.client.data_classes.transformations.jobs import TransformationJob, TransformationJobList
from cognite.client.data_classes.transformations.schema import TransformationSchemaColumnList

__all__ = [
    "ContainsAny",
    "SessionDetails",
    "TagsFilter",
    "Transformation",
    "TransformationFilter",
    "TransformationList",
    "TransformationPreviewResult",
    "TransformationUpdate",
    "TransformationWrite",
    "TransformationWriteList",
]

from cognite.client.data_classes.transformations.common import SessionDetails  # noqa: E402  (re-export)


class TransformationWrite(TransformationWriteFields):
    """A transformation to create (``external_id`` and ``name`` required; ``ignore_null_fields`` defaults to False
    and ``is_public`` to True, as in CDF).

    Example:
        >>> from cognite.client.data_classes import TransformationDestination, TransformationWrite
        >>> tr = TransformationWrite("tr", "Copy", query="select 1", destination=TransformationDestination.assets())
        >>> tr.dump()["destination"]
        {'type': 'assets'}
    """

    def __init__(
        self,
        external_id: str,
        name: str,
        ignore_null_fields: bool = False,
        query: str | None = None,
        destination: TransformationDestination | None = None,
        conflict_mode: Any = None,
        is_public: bool = True,
        source_oidc_credentials: OidcCredentials | None = None,
        destination_oidc_credentials: OidcCredentials | None = None,
        data_set_id: int | None = None,
        source_nonce: NonceCredentials | None = None,
        destination_nonce: NonceCredentials | None = None,
        tags: list[str] | None = None,
    ) -> None:
        super().__init__(
            external_id,
            name,
            ignore_null_fields,
            query,
            destination,
            conflict_mode,
            is_public,
            source_oidc_credentials,
            destination_oidc_credentials,
            data_set_id,
            source_nonce,
            destination_nonce,
            tags,
        )


class Transformation(TransformationFields):
    """A transformation as CDF returns it (with its schedule, running and last finished job, blocked info). Loaded
    through a client, it can run, be cancelled and list its jobs.

    Example:
        >>> from cognite.client.data_classes import Transformation
        >>> Transformation.load({"id": 1, "externalId": "tr", "destination": {"type": "raw", "database": "d", "table": "t"}}).destination.table
        't'
    """

    async def run_async(self, wait: bool = True, timeout: float | None = None) -> TransformationJob:
        """Start a job of this transformation (see ``client.transformations.run``)."""
        return await client_of(self).transformations.run(transformation_id=self.id, wait=wait, timeout=timeout)  # type: ignore[no-any-return]

    def run(self, wait: bool = True, timeout: float | None = None) -> TransformationJob:
        """Start a job of this transformation (see ``client.transformations.run``)."""
        return run_sync(client_of(self), self.run_async(wait, timeout))

    async def cancel_async(self) -> None:
        """Cancel this transformation's running job."""
        await client_of(self).transformations.cancel(transformation_id=self.id)

    def cancel(self) -> None:
        """Cancel this transformation's running job."""
        run_sync(client_of(self), self.cancel_async())

    async def jobs_async(self) -> TransformationJobList:
        """This transformation's jobs."""
        return await client_of(self).transformations.jobs.list(transformation_id=self.id, limit=None)  # type: ignore[no-any-return]

    def jobs(self) -> TransformationJobList:
        """This transformation's jobs."""
        return run_sync(client_of(self), self.jobs_async())


class TransformationWriteList(CogniteResourceList[TransformationWrite]):
    _RESOURCE = TransformationWrite


class TransformationList(WriteableCogniteResourceList[Transformation, TransformationWriteList]):
    _RESOURCE = Transformation


class TransformationUpdate(TransformationUpdateFields):
    """Changes to a transformation.

    Example:
        >>> from cognite.client.data_classes import TransformationUpdate
        >>> TransformationUpdate(id=1).query.set("select 2").dump()
        {'id': 1, 'update': {'query': {'set': 'select 2'}}}
    """


class TagsFilter(CogniteFilter):
    """A filter on a transformation's tags (``ContainsAny``)."""


class ContainsAny(TagsFilter):
    """Transformations having any of ``tags``.

    Example:
        >>> from cognite.client.data_classes.transformations import ContainsAny
        >>> ContainsAny(["a", "b"]).dump()
        {'containsAny': ['a', 'b']}
    """

    _fields = ("tags",)
    _positional = _fields
    tags: list[str] | None

    def __init__(self, tags: list[str] | None = None) -> None:
        super().__init__(tags=tags)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"containsAny": list(self.tags or [])}


class TransformationFilter(CogniteFilter):
    """The filter of ``POST /transformations/filter`` (``include_public`` is the wire's ``isPublic``)."""

    _fields = (
        "include_public",
        "name_regex",
        "query_regex",
        "destination_type",
        "conflict_mode",
        "cdf_project_name",
        "has_blocked_error",
        "created_time",
        "last_updated_time",
        "data_set_ids",
        "tags",
    )
    _positional = _fields
    _WIRE_RENAMES = {"include_public": "isPublic"}
    include_public: bool | None
    name_regex: str | None
    query_regex: str | None
    destination_type: str | None
    conflict_mode: str | None
    cdf_project_name: str | None
    has_blocked_error: bool | None
    created_time: Any
    last_updated_time: Any
    data_set_ids: list[dict[str, Any]] | None
    tags: TagsFilter | None


class TransformationPreviewResult(CogniteResource):
    """The schema and rows of a query preview (previews need CDF's Spark: the emulator refuses them)."""

    _fields = ("schema", "results")
    _positional = _fields
    _nested = {"schema": TransformationSchemaColumnList._load}
    schema: TransformationSchemaColumnList
    results: list[dict[str, Any]]

    def __init__(self, schema: TransformationSchemaColumnList, results: list[dict[str, Any]]) -> None:
        super().__init__(schema=schema, results=results)
