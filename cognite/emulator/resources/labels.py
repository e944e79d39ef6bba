"""Label definitions: keyed by externalId, immutable (no update), createdTime only."""

from __future__ import annotations

from cognite.emulator import filters as f
from cognite.emulator.resource import Resource


class Labels(Resource):
    name = "labels"
    label = "Label"
    key_field = "externalId"
    required = ("externalId", "name")
    timestamps = ("createdTime",)
    operations = frozenset({"create", "list", "byids", "delete"})
    filters = {
        "name": f.eq("name"),
        "externalIdPrefix": f.prefix("externalId"),
        "dataSetIds": f.refs_in("dataSetId", "datasets"),
    }
