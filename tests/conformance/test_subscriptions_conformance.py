"""The official cognite-sdk's datapoint subscriptions API: the examples of its docstrings, unchanged (between them
only the setup a reader would have: the time series, a datapoint, deleting the previous example's subscription).
Left out: the "iterate continuously" example (an endless loop by design)."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import ServedEmulator


def test_subscription_doc_examples(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import TimeSeriesWrite
        client.time_series.create([TimeSeriesWrite(external_id=x) for x in ("myFistTimeSeries", "mySecondTimeSeries")])
        client.time_series.create(TimeSeriesWrite(external_id="MyNewTimeSeriesExternalId", is_step=True))

        # create: explicit time series ids
        from cognite.client.data_classes import DataPointSubscriptionWrite
        sub = DataPointSubscriptionWrite(
            external_id="my_subscription",
            name="My subscription",
            partition_count=1,
            time_series_ids=["myFistTimeSeries", "mySecondTimeSeries"],
        )
        created = client.time_series.subscriptions.create(sub)
        first_count = created.time_series_count

        # retrieve, list, members
        res = client.time_series.subscriptions.retrieve("my_subscription")
        subscriptions = client.time_series.subscriptions.list(limit=5)
        members = client.time_series.subscriptions.list_member_time_series("my_subscription")
        timeseries_external_ids = members.as_external_ids()

        # update: name, then add a time series
        from cognite.client.data_classes import DataPointSubscriptionUpdate
        update = DataPointSubscriptionUpdate("my_subscription").name.set("My New Name")
        updated = client.time_series.subscriptions.update(update)
        update = DataPointSubscriptionUpdate("my_subscription").time_series_ids.add(
            ["MyNewTimeSeriesExternalId"]
        )
        updated = client.time_series.subscriptions.update(update)

        client.time_series.data.insert([(1000, 1.5)], external_id="myFistTimeSeries")
        lines = []
        print = lines.append
        for batch in client.time_series.subscriptions.iterate_data("my_subscription"):
            # Changes to the subscription itself:
            print(f"Added {len(batch.subscription_changes.added)} timeseries")
            print(f"Removed {len(batch.subscription_changes.removed)} timeseries")
            print(f"Changed timeseries data in {len(batch.updates)} updates")
            # Changes to datapoints for time series in the subscription:
            for update in batch.updates:
                update.time_series  # The time series the update belongs to
                update.upserts  # The upserted datapoints, if any
                update.deletes  # Ranges of deleted periods, if any
            if not batch.has_next:
                break
        upserts = update.upserts
        if upserts.is_state:
            dps = upserts.numeric_states  # or 'upserts.string_states'
        else:
            dps = upserts.value

        # delete
        client.time_series.subscriptions.delete("my_subscription")

        # create: instance ids
        from cognite.client.data_classes import DataPointSubscriptionWrite
        from cognite.client.data_classes.data_modeling import NodeId
        sub = DataPointSubscriptionWrite(
            external_id="my_subscription",
            name="My subscription with Data Model Ids",
            partition_count=1,
            instance_ids=[
                NodeId("my_space", "myFistTimeSeries"),
                NodeId("my_space", "mySecondTimeSeries"),
            ],
        )
        created = client.time_series.subscriptions.create(sub)
        client.time_series.subscriptions.delete("my_subscription")

        # create: a filter
        from cognite.client.data_classes import DataPointSubscriptionWrite
        from cognite.client.data_classes import filters as flt
        from cognite.client.data_classes.datapoints_subscriptions import (
            DatapointSubscriptionProperty,
        )
        is_numeric_stepwise = flt.And(
            flt.Equals(DatapointSubscriptionProperty.is_string, False),
            flt.Equals(DatapointSubscriptionProperty.is_step, True),
        )
        sub = DataPointSubscriptionWrite(
            external_id="my_subscription",
            name="My subscription for numeric, stepwise time series",
            partition_count=1,
            filter=is_numeric_stepwise,
        )
        created = client.time_series.subscriptions.create(sub)
        emit({
            "first_count": first_count,
            "retrieved": res.name,
            "listed": [s.external_id for s in subscriptions],
            "members": sorted(timeseries_external_ids),
            "updated": [updated.name, updated.time_series_count],
            "lines": lines,
            "dps": dps,
            "filter_count": created.time_series_count,
        })
        """
    )
    assert out == {
        "first_count": 2,
        "retrieved": "My subscription",
        "listed": ["my_subscription"],
        "members": ["myFistTimeSeries", "mySecondTimeSeries"],
        "updated": ["My New Name", 3],
        "lines": ["Added 3 timeseries", "Removed 0 timeseries", "Changed timeseries data in 1 updates"],
        "dps": [1.5],
        "filter_count": 1,
    }
