"""Data sets (CDF has no delete for them)."""

from __future__ import annotations

from cognite.emulator import filters as f
from cognite.emulator.resource import Resource


class DataSets(Resource):
    name = "datasets"
    label = "Data set"
    defaults = {"writeProtected": False, "metadata": {}}
    operations = frozenset({"create", "list", "byids", "update", "aggregate"})
    create_status = 200
    filters = {
        "metadata": f.metadata(),
        "createdTime": f.time_range("createdTime"),
        "lastUpdatedTime": f.time_range("lastUpdatedTime"),
        "externalIdPrefix": f.prefix("externalId"),
        "writeProtected": f.eq("writeProtected"),
    }
    updates = {
        "externalId": "set",
        "name": "set",
        "description": "set",
        "metadata": "map",
        "writeProtected": "required",
    }
