"""Datapoint subscriptions API (``client.time_series.subscriptions``): definitions, members, and the stream of
datapoint changes of the member series (``iterate_data``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Literal, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._mechanisms.bulk import parse_json
from cognite.client.data_classes.datapoints_subscriptions import (
    DatapointSubscription,
    DatapointSubscriptionBatch,
    DatapointSubscriptionList,
    DatapointSubscriptionPartition,
    DataPointSubscriptionUpdate,
    DataPointSubscriptionWrite,
    DatapointsUpdate,
    SubscriptionTimeSeriesUpdate,
    TimeSeriesID,
    TimeSeriesIDList,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class DatapointsSubscriptionAPI(ResourceAPI[DatapointSubscription, DatapointSubscriptionList]):
    """``client.time_series.subscriptions``"""

    _RESOURCE_PATH = "/timeseries/subscriptions"
    _resource_cls = DatapointSubscription
    _list_cls = DatapointSubscriptionList
    _update_cls = DataPointSubscriptionUpdate

    @overload
    def __call__(
        self, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[DatapointSubscription]: ...
    @overload
    def __call__(
        self, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[DatapointSubscriptionList]: ...
    def __call__(
        self, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[DatapointSubscription] | AsyncIterator[DatapointSubscriptionList]:
        """Iterate over all subscriptions (or lists of ``chunk_size``).

        Example:
            >>> for sub in client.time_series.subscriptions():  # doctest: +SKIP
            ...     sub
        """
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        return self._list_generator(
            load=self._load, list_cls=self._new_list, chunk_size=chunk_size, method="GET", limit=limit
        )

    async def create(
        self, subscription: DataPointSubscriptionWrite, **options: Unpack[CallOptions]
    ) -> DatapointSubscription:
        """Create a subscription to the datapoints of a list of time series or of those matching a filter.

        Example:
            >>> from cognite.client.data_classes import DataPointSubscriptionWrite
            >>> sub = DataPointSubscriptionWrite("my_sub", partition_count=1, time_series_ids=["ts1"])
            >>> created = client.time_series.subscriptions.create(sub)  # doctest: +SKIP
        """
        if not isinstance(subscription, DataPointSubscriptionWrite):
            raise TypeError(f"subscription must be a DataPointSubscriptionWrite, not {type(subscription).__name__}")
        return await self._create(subscription)

    async def delete(
        self,
        external_id: str | SequenceNotStr[str],
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete subscriptions by external id.

        Example:
            >>> client.time_series.subscriptions.delete("my_sub")  # doctest: +SKIP
        """
        await self._delete_ids(external_ids=external_id, ignore_unknown_ids=ignore_unknown_ids)

    async def retrieve(self, external_id: str, **options: Unpack[CallOptions]) -> DatapointSubscription | None:
        """One subscription by external id (None if there is none).

        Example:
            >>> sub = client.time_series.subscriptions.retrieve("my_sub")  # doctest: +SKIP
        """
        if not isinstance(external_id, str):
            raise TypeError(f"external_id must be a str, not {type(external_id).__name__}")
        found = await self._retrieve_ids(external_ids=[external_id], ignore_unknown_ids=True)
        return found[0] if found else None

    async def list_member_time_series(
        self, external_id: str, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> TimeSeriesIDList:
        """The time series a subscription listens to (``id`` None for external ids naming no series yet).

        Example:
            >>> members = client.time_series.subscriptions.list_member_time_series("my_sub")  # doctest: +SKIP
            >>> members.as_external_ids()  # doctest: +SKIP
        """
        if not isinstance(external_id, str):
            raise TypeError(f"external_id must be a str, not {type(external_id).__name__}")
        return await self._list(
            load=lambda item: TimeSeriesID._load(item, cognite_client=self._cognite_client),
            list_cls=lambda items: TimeSeriesIDList(items, cognite_client=self._cognite_client),
            method="GET",
            path=self._RESOURCE_PATH + "/members",
            limit=limit,
            body={"externalId": external_id},
        )

    async def update(
        self,
        update: DataPointSubscriptionUpdate | DataPointSubscriptionWrite,
        mode: Literal["replace_ignore_null", "patch", "replace"] = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> DatapointSubscription:
        """Update a subscription (its partition count cannot change).

        Example:
            >>> from cognite.client.data_classes import DataPointSubscriptionUpdate
            >>> upd = DataPointSubscriptionUpdate("my_sub").name.set("My New Name")
            >>> updated = client.time_series.subscriptions.update(upd)  # doctest: +SKIP
        """
        if not isinstance(update, (DataPointSubscriptionUpdate, DataPointSubscriptionWrite)):
            raise TypeError(f"update must be a DataPointSubscriptionUpdate or -Write, not {type(update).__name__}")
        return await self._update(update, mode=mode)

    def _dump_update(self, item: Any, mode: Any) -> dict[str, Any]:
        if isinstance(item, DataPointSubscriptionWrite):
            upd = DataPointSubscriptionUpdate(item.external_id)
            for name in ("name", "description", "data_set_id", "time_series_ids", "instance_ids", "filter"):
                value = getattr(item, name)
                if value is not None:
                    getattr(upd, name).set(value)
                elif mode == "replace" and name in ("name", "description", "data_set_id"):
                    getattr(upd, name).set(None)
            return upd.dump(camel_case=True)
        return super()._dump_update(item, mode)

    async def iterate_data(
        self,
        external_id: str,
        start: str | None = None,
        limit: int = DEFAULT_LIMIT_READ,
        partition: int = 0,
        poll_timeout: int = 5,
        cursor: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DatapointSubscriptionBatch]:
        """The changes to the subscription's time series, batch after batch, from the start of the stream (or
        ``start``, e.g. "2d-ago" / "now", or ``cursor``); each batch says whether more is waiting (``has_next``).

        Example:
            >>> for batch in client.time_series.subscriptions.iterate_data("my_sub"):  # doctest: +SKIP
            ...     for update in batch.updates:
            ...         update.upserts, update.deletes
            ...     if not batch.has_next:
            ...         break
        """
        if not isinstance(external_id, str):
            raise TypeError(f"external_id must be a str, not {type(external_id).__name__}")
        for name, value in (("limit", limit), ("partition", partition), ("poll_timeout", poll_timeout)):
            if isinstance(value, bool) or not isinstance(value, int) or value < (1 if name == "limit" else 0):
                raise ValueError(f"{name} must be a {'positive' if name == 'limit' else 'non-negative'} int")
        current = DatapointSubscriptionPartition(partition, cursor)
        while True:
            body: dict[str, Any] = {
                "externalId": external_id,
                "partitions": [current.dump()],
                "limit": limit,
                "pollTimeoutSeconds": poll_timeout,
                "includeStatus": include_status,
                "ignoreBadDataPoints": ignore_bad_datapoints,
                "treatUncertainAsBad": treat_uncertain_as_bad,
            }
            if start is not None:
                body["initializeCursors"] = start
                start = None
            page = parse_json((await self._post(self._RESOURCE_PATH + "/data/list", json=body)).content)
            updates = [
                DatapointsUpdate.load(u, include_status=include_status, ignore_bad_datapoints=ignore_bad_datapoints)
                for u in page.get("updates") or []
            ]
            current = DatapointSubscriptionPartition.load(page["partitions"][0])
            changes = SubscriptionTimeSeriesUpdate.load(page.get("subscriptionChanges") or {})
            yield DatapointSubscriptionBatch(updates, changes, bool(page.get("hasNext")), current.cursor or "")

    async def list(
        self, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> DatapointSubscriptionList:
        """List subscriptions.

        Example:
            >>> subs = client.time_series.subscriptions.list(limit=5)  # doctest: +SKIP
        """
        return await self._list_filtered(None, limit, method="GET")
