"""Time series metadata. Datapoints live in the datapoints service, which resolves series through `resolve_ref`
and is told when a series is deleted."""

from __future__ import annotations

from typing import Any

from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.resource import Resource
from cognite.emulator.store import Item


class TimeSeries(Resource):
    name = "timeseries"
    label = "Time series"
    partitions_capped = True
    has_instance_id = True
    defaults = {"isString": False, "isStep": False, "metadata": {}, "securityCategories": []}
    filters = {
        "name": f.eq("name"),
        "unit": f.eq("unit"),
        "unitExternalId": f.eq("unitExternalId"),
        "isString": f.eq("isString"),
        "isStep": f.eq("isStep"),
        "metadata": f.metadata(),
        "assetIds": f.ids_in("assetId"),
        "assetExternalIds": f.xids_in("assetId", "assets"),
        "rootAssetIds": f.ids_in("rootAssetId"),
        "assetSubtreeIds": f.asset_subtree("assetId"),
        "dataSetIds": f.refs_in("dataSetId", "datasets"),
        "externalIdPrefix": f.prefix("externalId"),
        "createdTime": f.time_range("createdTime"),
        "lastUpdatedTime": f.time_range("lastUpdatedTime"),
    }
    updates = {
        "externalId": "set",
        "name": "set",
        "metadata": "map",
        "unit": "set",
        "unitExternalId": "set",
        "assetId": "set",
        "isStep": "required",
        "description": "set",
        "securityCategories": "list",
        "dataSetId": "set",
    }

    def prepare(self, item: Item) -> Item:
        if "instanceId" in item:  # not a field of TimeSeriesCreate: such series are the core model's nodes
            raise CDFError(400, "instanceId cannot be set here: apply a CogniteTimeSeries node (/models/instances)")
        if "assetId" in item and item["assetId"] not in self.emu.resource("assets").store:
            raise CDFError(400, "Asset ids not found", missing=[{"id": item["assetId"]}])
        item.pop("type", None)
        return item

    def render(self, item: Item) -> Item:
        out = dict(item)
        out["type"] = "string" if item.get("isString") else "numeric"
        out.pop("rootAssetId", None)
        return out

    def after_insert(self, item: Item) -> None:
        self._set_root_asset(item)
        self._tell_subscriptions(None, item)

    def after_update(self, old: Item, new: Item) -> None:
        self._set_root_asset(new)
        self._tell_subscriptions(old, new)

    def _tell_subscriptions(self, old: Item | None, new: Item | None) -> None:
        subscriptions = self.emu.services.get("datapoint_subscriptions")
        if subscriptions is not None and subscriptions.streams:  # free while no subscription exists
            subscriptions.series_changed(old, new)

    def _set_root_asset(self, item: Item) -> None:
        # Kept (internally) for the rootAssetIds filter.
        asset = self.emu.resource("assets").store.get(item.get("assetId"))
        if asset is not None:
            item["rootAssetId"] = asset["rootId"]
        else:
            item.pop("rootAssetId", None)

    def after_delete(self, item: Item) -> None:
        self._tell_subscriptions(item, None)
        if self.emu.datapoints is not None:
            self.emu.datapoints.drop(item["id"])

    def resolve_ref(self, ref: dict[str, Any]) -> Any:
        """The contract with the datapoints service: {"id"} | {"externalId"} | {"instanceId"} -> TimeSeriesRef."""
        try:
            key = self.key_of(ref)
        except CDFError:
            return None
        if key is None:
            return None
        item = self.store.items[key]
        from cognite.emulator.datapoints import TimeSeriesRef

        return TimeSeriesRef(
            id=item["id"],
            external_id=item.get("externalId"),
            is_string=bool(item.get("isString")),
            is_step=bool(item.get("isStep")),
            unit=item.get("unit"),
            unit_external_id=item.get("unitExternalId"),
            instance_id=item.get("instanceId"),
        )
