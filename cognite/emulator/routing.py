"""Routes matched on the still-encoded path: a '/' or '%' inside a path parameter (sent as %2F / %25) stays
inside that parameter, as in CDF (RAW database, table and row names may contain both)."""

from __future__ import annotations

from urllib.parse import unquote

from starlette.routing import Match, Route
from starlette.types import Scope


class EncodedPathRoute(Route):
    """A Route whose path parameters are matched percent-encoded and decoded afterwards.

    Example:
        >>> route = EncodedPathRoute("/raw/dbs/{db}/tables", lambda request: None, methods=["GET"])
        >>> scope = {"type": "http", "method": "GET", "path": "/raw/dbs/a/b/tables", "root_path": "",
        ...          "raw_path": b"/raw/dbs/a%2Fb/tables"}
        >>> route.matches(scope)[1]["path_params"]
        {'db': 'a/b'}
    """

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        raw = scope.get("raw_path")
        if scope["type"] != "http" or not raw:
            return super().matches(scope)
        root = scope.get("root_path", "")
        # The raw path below the mount: drop as many leading segments as the (decoded) mount path has.
        segments = raw.decode("latin-1").split("/")
        rest = "/" + "/".join(segments[root.count("/") + 1 :]) if root else "/".join(segments)
        match, child = super().matches({**scope, "path": root + rest})
        if match is not Match.NONE:
            params = child["path_params"]
            for name in self.param_convertors:
                if isinstance(params.get(name), str):
                    params[name] = unquote(params[name])
        return match, child
