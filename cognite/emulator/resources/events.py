"""Events."""

from __future__ import annotations

from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.resource import Resource
from cognite.emulator.store import Item


class Events(Resource):
    name = "events"
    label = "Event"
    filters = {
        "startTime": f.time_range("startTime"),
        "endTime": f.time_range("endTime"),
        "activeAtTime": f.active_at("startTime", "endTime"),
        "metadata": f.metadata(),
        "assetIds": f.ids_in("assetIds", many=True),
        "assetExternalIds": f.xids_in("assetIds", "assets", many=True),
        "assetSubtreeIds": f.asset_subtree("assetIds", many=True),
        "dataSetIds": f.refs_in("dataSetId", "datasets"),
        "source": f.eq("source"),
        "type": f.eq("type"),
        "subtype": f.eq("subtype"),
        "createdTime": f.time_range("createdTime"),
        "lastUpdatedTime": f.time_range("lastUpdatedTime"),
        "externalIdPrefix": f.prefix("externalId"),
    }
    updates = {
        "externalId": "set",
        "startTime": "set",
        "endTime": "set",
        "description": "set",
        "metadata": "map",
        "assetIds": "list",
        "source": "set",
        "type": "set",
        "subtype": "set",
        "dataSetId": "set",
    }
    search_fields = ("description",)

    def prepare(self, item: Item) -> Item:
        self.check_times(item)
        return item

    def check_update(self, old: Item, new: Item) -> None:
        self.check_times(new)

    @staticmethod
    def check_times(item: Item) -> None:
        start, end = item.get("startTime"), item.get("endTime")
        if start is not None and end is not None and end < start:
            raise CDFError(400, "endTime must be greater than or equal to startTime")
