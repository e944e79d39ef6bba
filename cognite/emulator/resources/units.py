"""Units: the read-only CDF unit catalog (facts in unit_catalog) and unit systems."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator.http import CDFError
from cognite.emulator.resource import Resource, endpoint
from cognite.emulator.resources.unit_catalog import UNIT_SYSTEMS, UNITS


class Units(Resource):
    name = "units"
    label = "Unit"
    key_field = "externalId"
    timestamps = ()
    operations = frozenset({"get_list", "byids"})

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.reset()

    def reset(self) -> None:
        super().reset()
        for unit in UNITS:
            self.store.put(dict(unit))

    def load(self, data: Any) -> None:
        self.reset()

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/units/systems", endpoint(self.emu, self.handle_systems), methods=["GET"]),
            Route("/units/{externalId:path}", endpoint(self.emu, self.handle_get_unit), methods=["GET"]),
            *super().routes(),
        ]

    def handle_systems(self, _query: dict[str, Any], _req: Request) -> Any:
        return {"items": UNIT_SYSTEMS}

    def handle_get_unit(self, _query: dict[str, Any], req: Request) -> Any:
        xid = req.path_params["externalId"]
        item = self.store.get(xid)
        if item is None:
            raise CDFError(400, "Unit not found", missing=[{"externalId": xid}])
        return {"items": [self.render(item)]}
