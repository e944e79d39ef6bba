"""The GraphQL services of data modeling (service name "dms_graphql"): DML and per data model queries.

- `POST /dml/graphql`: the DML API, itself GraphQL: the mutation `upsertGraphQlDmlVersion` turns DML into
  containers, views and a data model version through the DMS schema service (`graphql_dml.py`), and the query
  `graphQlDmlVersionsById(space, externalId)` returns the DML versions stored. DML problems are the mutation's
  `errors` (kind, message, hint, location) and change nothing.
- `POST /userapis/spaces/{space}/datamodels/{externalId}/versions/{version}/graphql`: a query against the data
  model's GraphQL API (`graphql_api.py`), built from its views and cached until the schema changes.

Neither path is in the OpenAPI spec: the shapes are those the official SDK sends and reads. Replies are GraphQL's
`{"data", "errors"}` with status 200; a body that is not a GraphQL request is CDF's 400.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graphql import (
    GraphQLError,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    build_schema,
    graphql_sync,
)
from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator.dms.graphql_api import DataModelApi
from cognite.emulator.dms.graphql_dml import DmlError
from cognite.emulator.dms.graphql_dml import build_schema as dml_to_schema
from cognite.emulator.http import CDFError
from cognite.emulator.resource import endpoint

if TYPE_CHECKING:
    from cognite.emulator.dms.schema import Schema
    from cognite.emulator.emulator import Emulator

Item = dict[str, Any]
Key = tuple[str, str, str]
USER_API_PATH = "/userapis/spaces/{space}/datamodels/{externalId}/versions/{version}/graphql"
DML_SDL = """
scalar Long
input GraphQlDmlVersionUpsert {
  space: String!
  externalId: String!
  version: String!
  previousVersion: String
  graphQlDml: String!
  name: String
  description: String
  preserveDml: Boolean
}
type SourcePosition { line: Int! column: Int! offset: Int }
type SourceLocationRange { start: SourcePosition! end: SourcePosition }
type DmlError { kind: String! message: String! hint: String location: SourceLocationRange }
type GraphQlDmlVersion {
  space: String!
  externalId: String!
  version: String!
  name: String
  description: String
  graphQlDml: String
  isGlobal: Boolean!
  createdTime: Long!
  lastUpdatedTime: Long!
}
type UpsertGraphQlDmlVersionResult { errors: [DmlError!] result: GraphQlDmlVersion }
type GraphQlDmlVersionConnection { items: [GraphQlDmlVersion!]! }
type Query { graphQlDmlVersionsById(space: String!, externalId: String!): GraphQlDmlVersionConnection! }
type Mutation {
  upsertGraphQlDmlVersion(graphQlDmlVersion: GraphQlDmlVersionUpsert!): UpsertGraphQlDmlVersionResult!
}
"""


def _request(body: Item) -> tuple[str, Item | None, str | None]:
    query, variables, operation = body.get("query"), body.get("variables"), body.get("operationName")
    if not isinstance(query, str) or not query.strip():
        raise CDFError(400, "A GraphQL request needs a query (a non-empty string)")
    if variables is not None and not isinstance(variables, dict):
        raise CDFError(400, "variables must be an object")
    if operation is not None and not isinstance(operation, str):
        raise CDFError(400, "operationName must be a string")
    return query, variables, operation


def _run(schema: GraphQLSchema, body: Item) -> Item:
    query, variables, operation = _request(body)
    result = graphql_sync(schema, query, variable_values=variables, operation_name=operation).formatted
    # No "data" when there is none (syntax and validation errors; the official SDK reads a null data as a crash)
    return {k: v for k, v in result.items() if not (k == "data" and v is None)}


class GraphQLService:
    """DML versions (the DML text of each data model version applied through it) and the query APIs."""

    name = "dms_graphql"

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self.dml: dict[Key, str] = {}
        self._apis: dict[Key, tuple[Any, DataModelApi]] = {}
        self.dml_schema = build_schema(DML_SDL)
        long = self.dml_schema.type_map["Long"]
        assert isinstance(long, GraphQLScalarType)
        long.serialize = int  # type: ignore[method-assign,assignment]
        mutation, query = self.dml_schema.mutation_type, self.dml_schema.query_type
        assert isinstance(mutation, GraphQLObjectType) and isinstance(query, GraphQLObjectType)
        mutation.fields["upsertGraphQlDmlVersion"].resolve = lambda _r, _i, graphQlDmlVersion: self.upsert(
            graphQlDmlVersion
        )
        query.fields["graphQlDmlVersionsById"].resolve = lambda _r, _i, space, externalId: {
            "items": [
                self._version(k) for k in self.dml if k[:2] == (space, externalId) and k in self.schema.data_models
            ]
        }

    # -- service protocol -----------------------------------------------------------------------------------------
    @property
    def schema(self) -> Schema:
        schema: Schema = self.emu.resource("dms_schema")
        return schema

    def reset(self) -> None:
        self.dml.clear()
        self._apis.clear()

    def dump(self) -> Any:
        return [[list(k), dml] for k, dml in self.dml.items()]

    def load(self, data: Any) -> None:
        self.reset()
        self.dml = {(k[0], k[1], k[2]): dml for k, dml in data}

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/dml/graphql", endpoint(self.emu, lambda b, _r: _run(self.dml_schema, b)), methods=["POST"]),
            Route(USER_API_PATH, endpoint(self.emu, self.query), methods=["POST"]),
        ]

    # -- DML ------------------------------------------------------------------------------------------------------
    def _version(self, key: Key) -> Item:
        dm = self.schema.data_models[key]
        fields = ("space", "externalId", "version", "name", "description", "isGlobal", "createdTime", "lastUpdatedTime")
        return {**{f: dm.get(f) for f in fields}, "graphQlDml": self.dml.get(key)}

    def upsert(self, args: Item) -> Item:
        s = self.schema
        key = (args["space"], args["externalId"], args["version"])
        saved = (dict(s.containers), dict(s.views), dict(s.data_models))
        try:
            views = self._apply(key, args)
        except (DmlError, CDFError) as e:
            s.containers, s.views, s.data_models = saved  # nothing of a failed apply stays
            s._changed()
            err = e.wire() if isinstance(e, DmlError) else {"kind": "DataModelingError", "message": e.message}
            return {"errors": [err], "result": None}
        self.dml[key] = args["graphQlDml"]
        return {"errors": None, "result": self._version(key) | {"views": views}}

    def _apply(self, key: Key, args: Item) -> list[Item]:
        s = self.schema
        space = key[0]
        if space not in s.spaces:
            raise DmlError("SpaceNotFound", f"Space {space!r} does not exist", hint="create the space first")
        previous: dict[str, Item] = {}
        if args.get("previousVersion") is not None:
            old = s.data_models.get((space, key[1], args["previousVersion"]))
            if old is None:
                raise DmlError(
                    "PreviousVersionNotFound", f"Data model version {args['previousVersion']!r} does not exist"
                )
            for ref in old["views"]:
                stored = s.views.get((ref["space"], ref["externalId"], ref["version"]))
                if stored is not None and ref["space"] == space:
                    previous[ref["externalId"]] = stored
        built = dml_to_schema(args["graphQlDml"], space, key[2], previous)
        if built.containers:
            s.apply_containers(built.containers)
        s.apply_views(built.views)
        refs = [
            {"type": "view", "space": v["space"], "externalId": v["externalId"], "version": v["version"]}
            for v in built.views
        ]
        model = {"space": space, "externalId": key[1], "version": key[2], "views": refs}
        for f in ("name", "description"):
            if args.get(f) is not None:
                model[f] = args[f]
        s.apply_data_models([model])
        return refs

    # -- queries --------------------------------------------------------------------------------------------------
    def api(self, key: Key) -> DataModelApi | None:
        """The GraphQL API of a data model version (None when it does not exist), rebuilt after schema changes."""
        s = self.schema
        dm = s.data_models.get(key)
        if dm is None:
            return None
        views = [s.view(r["space"], r["externalId"], r["version"]) for r in dm["views"]]
        found = [v for v in views if v is not None]
        signature = (
            dm["lastUpdatedTime"],
            tuple((v["space"], v["externalId"], v["version"], v["lastUpdatedTime"]) for v in found),
        )
        cached = self._apis.get(key)
        if cached is None or cached[0] != signature:
            cached = self._apis[key] = (signature, DataModelApi(self.emu.resource("dms_instances"), found))
        return cached[1]

    def query(self, body: Item, req: Request) -> Item:
        p = req.path_params
        key = (p["space"], p["externalId"], p["version"])
        _request(body)
        try:
            api = self.api(key)
        except GraphQLError as e:
            return {"errors": [e.formatted]}
        if api is None:
            message = f"Data model {key[0]}:{key[1]}/{key[2]} does not exist"
            return {"errors": [{"message": message}]}
        return _run(api.schema, body)
