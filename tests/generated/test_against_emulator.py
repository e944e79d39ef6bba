"""The bare generated layer (standalone `cdf_api.client.Client`) against the in-process emulator."""

from __future__ import annotations

import pytest
from cdf_api import errors
from cdf_api.api.assets import by_ids_assets, create_assets, list_assets
from cdf_api.api.time_series import get_latest, post_multi_time_series_datapoints, post_time_series
from cdf_api.client import Client
from cdf_api.models import (
    AssetDataIds,
    AssetListScope,
    DataExternalAsset,
    DatapointsGetDoubleDatapoint,
    DatapointsGetStringDatapoint,
    DatapointsInsertQuery,
    DatapointsLatestQuery,
    TimeSeriesCreateRequest,
)

from cognite.emulator import DEFAULT_PROJECT, Emulator


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(seed=1)


@pytest.fixture
def api(emulator: Emulator) -> Client:
    return Client(
        base_url=emulator.base_url,
        project=DEFAULT_PROJECT,
        token="t",
        transport=emulator.sync_transport,
        async_transport=emulator.transport,
    )


def test_create_list_and_retrieve_assets(api: Client) -> None:
    body = DataExternalAsset.from_dict(
        {"items": [{"externalId": "p1", "name": "pump"}, {"externalId": "v1", "name": "valve"}]}
    )
    created = create_assets.sync(client=api, body=body)
    assert sorted(a.name for a in created.items) == ["pump", "valve"]
    page = list_assets.sync(client=api, body=AssetListScope.from_dict({"limit": 1}), cdf_version="20230101")
    assert len(page.items) == 1 and isinstance(page.next_cursor, str)
    found = by_ids_assets.sync(client=api, body=AssetDataIds.from_dict({"items": [{"externalId": "v1"}]}))
    assert [a.name for a in found.items] == ["valve"]


def test_unknown_id_raises_api_error_with_missing(api: Client) -> None:
    with pytest.raises(errors.ApiError) as info:
        by_ids_assets.sync(client=api, body=AssetDataIds.from_dict({"items": [{"externalId": "nope"}]}))
    assert info.value.code == 400 and info.value.missing == [{"externalId": "nope"}]


async def test_latest_datapoints_parse_as_numeric_and_string(api: Client) -> None:
    series = TimeSeriesCreateRequest.from_dict(
        {"items": [{"externalId": "num"}, {"externalId": "str", "isString": True}]}
    )
    await post_time_series.asyncio(client=api, body=series)
    points = DatapointsInsertQuery.from_dict(
        {
            "items": [
                {"externalId": "num", "datapoints": [{"timestamp": 1000, "value": 1.5}]},
                {"externalId": "str", "datapoints": [{"timestamp": 1000, "value": "on"}]},
            ]
        }
    )
    await post_multi_time_series_datapoints.asyncio(client=api, body=points)
    query = DatapointsLatestQuery.from_dict({"items": [{"externalId": "num"}, {"externalId": "str"}]})
    latest = await get_latest.asyncio(client=api, body=query)
    numeric, text = latest.items
    assert isinstance(numeric, DatapointsGetDoubleDatapoint) and numeric.datapoints[0].value == 1.5
    assert isinstance(text, DatapointsGetStringDatapoint) and text.datapoints[0].value == "on"
    await api.aclose()


def test_protobuf_insert_body_goes_out_as_application_protobuf(api: Client) -> None:
    from cdf_api.protobuf import data_point_insertion_request_pb2 as pb
    from cdf_api.types import File

    post_time_series.sync(client=api, body=TimeSeriesCreateRequest.from_dict({"items": [{"externalId": "pb"}]}))
    request = pb.DataPointInsertionRequest()
    request.items.add(externalId="pb").numericDatapoints.datapoints.add(timestamp=2000, value=7.25)
    built = post_multi_time_series_datapoints.build_request(body=File(payload=request.SerializeToString()))
    assert built.headers == {"content-type": "application/protobuf"} and built.json is None
    post_multi_time_series_datapoints.sync(client=api, body=File(payload=request.SerializeToString()))
    latest = get_latest.sync(client=api, body=DatapointsLatestQuery.from_dict({"items": [{"externalId": "pb"}]}))
    assert [(d.timestamp, d.value) for d in latest.items[0].datapoints] == [(2000, 7.25)]
