"""Resources that live under a parent in the path (/3d/models/{modelId}/revisions): one store with global ids,
but each request sees only the items of the parent its path names, and gets CDF's 400 when that parent is missing.

The parent comes from the request's path parameters, held in a context variable while the request is handled
(each request runs in its own context, so concurrent requests for different parents do not mix).

Example:
    class Revisions(NestedResource):
        name = "3d_revisions"
        path = "/3d/models/{modelId:int}/revisions"
        parent_params = ("modelId",)

        def check_parent(self, params):
            self.emu.resource("3d_models").lookup([{"id": params["modelId"]}], ignore_unknown=False)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from types import MappingProxyType
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cognite.emulator.filters import Predicate
from cognite.emulator.http import CDFError
from cognite.emulator.resource import Resource
from cognite.emulator.store import Item, Key

_NO_SCOPE: Mapping[str, Any] = MappingProxyType({})
_SCOPE: ContextVar[Mapping[str, Any]] = ContextVar("emulator_parent_scope", default=_NO_SCOPE)
Endpoint = Callable[[Request], Awaitable[Response]]


def current_scope() -> Mapping[str, Any]:
    """The path parameters of the request being handled (inside a `scoped` route)."""
    return _SCOPE.get()


def scoped(emu: Any, endpoint: Endpoint, check: Callable[[dict[str, Any]], None]) -> Endpoint:
    """An endpoint that first checks the parent named in the path (under the emulator's lock), then runs
    `endpoint` with the path parameters as the current scope."""

    async def route(request: Request) -> Response:
        params = dict(request.path_params)
        with emu.lock:
            check(params)
        token = _SCOPE.set(params)
        try:
            return await endpoint(request)
        finally:
            _SCOPE.reset(token)

    return route


class NestedResource(Resource):
    """A Resource whose items belong to the parent named by `parent_params` (stored on items as `_<param>`;
    fields starting with `_` are never sent)."""

    parent_params: tuple[str, ...] = ()

    def check_parent(self, params: dict[str, Any]) -> None:
        """Raise CDFError when the parent named by the path parameters does not exist."""

    def in_scope(self, item: Item) -> bool:
        scope = _SCOPE.get()
        return all(item.get("_" + p) == scope.get(p) for p in self.parent_params)

    def key_of(self, ref: Any) -> Key | None:
        key = super().key_of(ref)
        return key if key is not None and self.in_scope(self.store.items[key]) else None

    def list_predicate(self, flt: Any) -> Predicate | None:
        pred = super().list_predicate(flt)
        in_scope = self.in_scope
        return in_scope if pred is None else (lambda item: in_scope(item) and pred(item))

    def insert(self, item: Item, now: int | None = None) -> Item:
        scope = _SCOPE.get()
        return super().insert({**item, **{"_" + p: scope[p] for p in self.parent_params}}, now)

    def render(self, item: Item) -> Item:
        return {k: v for k, v in item.items() if not k.startswith("_")}

    def handle_get_one(self, _body: dict[str, Any], req: Request) -> Any:
        item = self.get(req.path_params["id"])
        if item is None:
            raise CDFError(400, f"{self.label} ids not found", missing=[{"id": req.path_params["id"]}])
        return self.render(item)

    def children_of(self, **parent: Any) -> list[Item]:
        """The items of one parent, e.g. `children_of(modelId=1)` (for cascading deletes and counts)."""
        return [i for i in self.store.items.values() if all(i.get("_" + k) == v for k, v in parent.items())]

    def routes(self) -> list[BaseRoute]:
        return [self.scoped_route(r) for r in super().routes()]

    def scoped_route(self, route: BaseRoute) -> BaseRoute:
        assert isinstance(route, Route)
        return Route(route.path, scoped(self.emu, route.endpoint, self.check_parent), methods=route.methods)
