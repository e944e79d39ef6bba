"""``client.data_modeling.graphql``: apply GraphQL DML to a data model and query a data model with GraphQL.

Neither endpoint is in the OpenAPI spec (they are CDF's GraphQL services): DML goes to ``/dml/graphql`` as the
``upsertGraphQlDmlVersion`` mutation, queries to the data model's own GraphQL endpoint. Errors, at the top level
of the reply or inside the mutation's result, raise ``CogniteGraphQLError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cdf_api.client import path_segment

from cognite.client._api.data_modeling._schema import wire_id
from cognite.client._api_client import APIClient
from cognite.client._mechanisms.bulk import parse_json
from cognite.client.data_classes.data_modeling.graphql import DMLApplyResult
from cognite.client.data_classes.data_modeling.ids import DataModelId
from cognite.client.exceptions import CogniteGraphQLError, GraphQLErrorSpec

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.data_modeling.ids import DataModelIdentifier

DML_PATH = "/dml/graphql"
USER_API_PATH = "/userapis/spaces/{space}/datamodels/{external_id}/versions/{version}/graphql"
UPSERT_DML = """
mutation UpsertGraphQlDmlVersion($dmCreate: GraphQlDmlVersionUpsert!) {
  upsertGraphQlDmlVersion(graphQlDmlVersion: $dmCreate) {
    errors { kind message hint location { start { line column } } }
    result { space externalId version name description graphQlDml createdTime lastUpdatedTime }
  }
}
"""


def _versioned_id(id: DataModelIdentifier) -> dict[str, str]:
    wire = wire_id(id, DataModelId)
    if "version" not in wire:
        raise ValueError(f"The data model {id!r} needs a version for GraphQL")
    return wire


def _optional_str(value: Any, what: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{what} must be a string or None, got {type(value).__name__}")
    return value


class DataModelingGraphQLAPI(APIClient):
    """``client.data_modeling.graphql``"""

    _CONCURRENCY_CATEGORY = "data_modeling"

    async def _post_graphql(self, path: str, body: dict[str, Any], field: str | None) -> dict[str, Any]:
        reply = parse_json((await self._post(path, json=body)).content)
        if not isinstance(reply, dict):
            raise CogniteGraphQLError([GraphQLErrorSpec.load({"message": f"Unexpected GraphQL reply: {reply!r}"})])
        data = reply.get("data") or {}
        errors = list(reply.get("errors") or [])
        if field is not None:
            errors += (data.get(field) or {}).get("errors") or []
        if errors:
            raise CogniteGraphQLError([GraphQLErrorSpec.load(e) for e in errors])
        return data

    async def apply_dml(
        self,
        id: DataModelIdentifier,
        dml: str,
        name: str | None = None,
        description: str | None = None,
        previous_version: str | None = None,
        **options: Unpack[CallOptions],
    ) -> DMLApplyResult:
        """Create or update a data model version (its containers and views) from GraphQL DML.

        Args:
            id: The data model (space, external id, version).
            dml: The DML, e.g. ``type Pump { name: String }``.
            name: The data model's name.
            description: The data model's description.
            previous_version: Reuse the view versions of this data model version for types that did not change.

        Example:
            >>> res = client.data_modeling.graphql.apply_dml(  # doctest: +SKIP
            ...     id=("my_space", "MyModel", "1"), dml="type Pump { name: String }", name="My model"
            ... )
        """
        ident = _versioned_id(id)
        if not isinstance(dml, str) or not dml.strip():
            raise ValueError("dml must be a non-empty string")
        upsert = {
            **ident,
            "previousVersion": _optional_str(previous_version, "previous_version"),
            "graphQlDml": dml,
            "name": _optional_str(name, "name"),
            "description": _optional_str(description, "description"),
        }
        body = {"query": UPSERT_DML, "variables": {"dmCreate": upsert}}
        data = await self._post_graphql(DML_PATH, body, "upsertGraphQlDmlVersion")
        return DMLApplyResult._load(
            {k: v for k, v in data["upsertGraphQlDmlVersion"]["result"].items() if k != "graphQlDml"}
        )

    async def query(
        self,
        id: DataModelIdentifier,
        query: str,
        variables: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Run a GraphQL query against a data model version; returns the reply's ``data``.

        Args:
            id: The data model (space, external id, version).
            query: The GraphQL query.
            variables: Values of the query's variables.

        Example:
            >>> res = client.data_modeling.graphql.query(  # doctest: +SKIP
            ...     id=("my_space", "MyModel", "1"), query="{ listPump { items { name } } }"
            ... )
        """
        ident = _versioned_id(id)
        if not isinstance(query, str) or not query.strip():
            raise ValueError("query must be a non-empty string")
        if variables is not None and not isinstance(variables, dict):
            raise TypeError(f"variables must be a dict or None, got {type(variables).__name__}")
        path = USER_API_PATH.format(
            space=path_segment(ident["space"]),
            external_id=path_segment(ident["externalId"]),
            version=path_segment(ident["version"]),
        )
        return await self._post_graphql(path, {"query": query, "variables": variables}, None)
