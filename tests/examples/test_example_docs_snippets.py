"""The guides' code, run against the emulator (docs/guides/*.md): what the docs promise is what the SDK does."""

from __future__ import annotations

import pytest

from cognite.client import ClientConfig, CogniteClient
from cognite.client.credentials import OAuthClientCredentials, Token


def test_cdf_version_pins_of_the_guide(cognite_client, cognite_emulator) -> None:  # type: ignore[no-untyped-def]
    log = cognite_emulator.requests
    cognite_client.assets.list(limit=1)
    assert log.last.headers["cdf-version"] == cognite_client.config.api_subversion == "20230101"

    beta = cognite_client.with_options(cdf_version="20230101-beta")
    beta.assets.list(limit=1)
    assert log.last.headers["cdf-version"] == "20230101-beta"
    cognite_client.assets.list(limit=1)
    assert log.last.headers["cdf-version"] == "20230101"

    cognite_client.post("/assets/list", json={"limit": 1}, cdf_version="20230101-beta")
    assert log.last.headers["cdf-version"] == "20230101-beta"

    cognite_client.api.call("listAssets", body={"limit": 1}, cdf_version="20230101-beta")
    assert log.last.headers["cdf-version"] == "20230101-beta"


def test_invalid_api_subversion_is_rejected_when_the_config_is_made() -> None:
    with pytest.raises(ValueError, match="api_subversion"):
        ClientConfig(
            client_name="a",
            project="p",
            base_url="https://api.cognitedata.com",
            credentials=Token("t"),
            api_subversion="2023-01-01",
        )


def test_client_credentials_against_the_emulator_token_endpoint(cognite_emulator) -> None:  # type: ignore[no-untyped-def]
    with cognite_emulator.serve_in_thread() as base_url:  # the token request needs a real socket
        creds = OAuthClientCredentials(
            token_url=f"{base_url}/oauth2/token",
            client_id="demo-client",
            client_secret="demo-secret",
            scopes=[f"{base_url}/.default"],
        )
        client = CogniteClient(ClientConfig(client_name="local", project="demo", base_url=base_url, credentials=creds))
        assert client.iam.token.inspect().subject == "demo-client"
        assert client.assets.list(limit=1) is not None
        assert cognite_emulator.requests.last.headers["authorization"].startswith("Bearer emu-")


def test_emulator_faults_of_the_guide(cognite_client, cognite_emulator, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cognite.client.data_classes import AssetWrite

    async def no_sleep(seconds: float) -> None:  # the backoff between retries; not worth waiting for in a test
        return None

    monkeypatch.setattr(cognite_client.get_async_client().transport, "sleep", no_sleep)
    cognite_client.assets.create([AssetWrite(external_id=f"a{i}", name=f"a{i}") for i in range(25)])
    cognite_emulator.faults.fail(503, times=2, on="POST /assets/list")
    cognite_emulator.faults.short_pages(max_size=10)

    assert len(cognite_client.assets.list(limit=None)) == 25  # retried twice, then followed the cursors

    calls = cognite_emulator.requests.find(method="POST", route="/assets/list")
    assert [c.status for c in calls[:2]] == [503, 503]
    assert len(calls) == 2 + 3


def test_datapoints_of_the_guide(cognite_client) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from cognite.client.data_classes import TimeSeriesWrite

    data = cognite_client.time_series.data
    cognite_client.time_series.create(
        [
            TimeSeriesWrite(external_id="pump-42:temperature", name="Pump 42 temperature", unit="degC"),
            TimeSeriesWrite(external_id="pump-42:pressure", name="Pump 42 pressure", unit="bar"),
        ]
    )
    data.insert([(1_700_000_000_000, 20.5), (1_700_000_001_000, 20.7)], external_id="pump-42:temperature")
    timestamps = 1_700_000_002_000 + 1000 * np.arange(20_000, dtype=np.int64)
    data.insert_multiple(
        [
            {"external_id": "pump-42:temperature", "datapoints": (timestamps, np.full(len(timestamps), 21.0))},
            {"external_id": "pump-42:pressure", "datapoints": [(1_700_000_000_000, 3.1)]},
        ],
        progress=True,  # as the guide shows it
    )

    arr = data.retrieve_arrays(external_id="pump-42:temperature", start=0, end="now")
    assert len(arr.timestamp) == 20_002
    df = data.retrieve_dataframe(
        external_id=["pump-42:temperature", "pump-42:pressure"],
        start=1_700_000_000_000,
        end=1_700_000_000_000 + 6 * 3_600_000,
        aggregates=["average", "min", "max"],
        granularity="1h",
    )
    assert set(df.columns) == {
        f"{x}|{a}" for x in ("pump-42:temperature", "pump-42:pressure") for a in ("average", "min", "max")
    }
    assert df["pump-42:temperature|max"].max() == 21.0
    assert data.retrieve_latest(external_id="pump-42:temperature").value == 21.0

    data.delete_range(start=1_700_000_002_000, end="now", external_id="pump-42:temperature")
    assert list(data.retrieve(external_id="pump-42:temperature", start=0, end="now").value) == [20.5, 20.7]


def test_testing_guide_unhappy_paths(cognite_client, cognite_emulator, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cognite.client.data_classes import AssetWrite
    from cognite.client.exceptions import CogniteAPIError

    async def no_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr(cognite_client.get_async_client().transport, "sleep", no_sleep)
    cognite_emulator.faults.fail(429, times=3, on="POST /assets/list")
    assert list(cognite_client.assets.list(limit=5)) == []
    assert len(cognite_emulator.requests.find(method="POST", route="/assets/list")) == 4

    cognite_emulator.faults.fail(400, times=1, on="POST /assets")
    with pytest.raises(CogniteAPIError) as err:
        cognite_client.assets.create([AssetWrite(external_id="a", name="a")])
    assert err.value.code == 400


def test_generated_layer_escape_hatch_of_the_guide(cognite_client) -> None:  # type: ignore[no-untyped-def]
    from cognite.client.data_classes import AssetWrite

    cognite_client.assets.create([AssetWrite(external_id="a", name="A")])
    page = cognite_client.api.call("listAssets", body={"limit": 10})
    assert [item.external_id for item in page.items] == ["a"]
    raw = cognite_client.api.raw("listAssets", body={"limit": 10})
    assert raw.json()["items"][0]["externalId"] == "a"


def test_asset_hierarchy_guide(cognite_client, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cognite.client.data_classes import AssetHierarchy, AssetWrite
    from cognite.client.exceptions import CogniteAssetHierarchyError

    assets = [
        AssetWrite(external_id="plant", name="Plant"),
        AssetWrite(external_id="plant:area-1", name="Area 1", parent_external_id="plant"),
        AssetWrite(external_id="plant:area-1:pump-1", name="Pump 1", parent_external_id="plant:area-1"),
    ]
    hierarchy = AssetHierarchy(assets)
    hierarchy.validate()
    assert hierarchy.is_valid()
    hierarchy.validate_and_report(tmp_path / "report.txt")
    assert (tmp_path / "report.txt").exists()
    assert len(cognite_client.assets.create_hierarchy(hierarchy)) == 3

    extension = [
        AssetWrite(external_id="plant:area-2", name="Area 2", parent_external_id="plant"),
        AssetWrite(external_id="plant:area-2:pump-1", name="Pump 1", parent_external_id="plant:area-2"),
    ]
    assert not AssetHierarchy(extension).is_valid()  # "plant" is an orphan here...
    assert AssetHierarchy(extension, ignore_orphans=True).is_valid()  # ...unless it exists in CDF
    cognite_client.assets.create_hierarchy(extension)
    area2 = cognite_client.assets.retrieve(external_id="plant:area-2")
    assert area2.parent_id == cognite_client.assets.retrieve(external_id="plant").id

    broken = AssetHierarchy(
        [*assets, AssetWrite(external_id="plant", name="again"), AssetWrite(external_id="x", name="")]
    )
    with pytest.raises(CogniteAssetHierarchyError):
        broken.validate()
    assert "plant" in broken.duplicates
    assert [a.external_id for a in broken.invalid] == ["x"]


@pytest.mark.parametrize("cognite_emulator_options", [{"strict_auth": True, "clients": {"my-client": "s3cret"}}])
def test_authentication_guide(cognite_emulator, cognite_emulator_options) -> None:  # type: ignore[no-untyped-def]
    from cognite.client.exceptions import CogniteOAuthError, CogniteProjectAccessError

    calls = []

    def token_provider() -> str:  # "called on every request"
        calls.append(1)
        return "not-a-token-the-emulator-issued"

    with cognite_emulator.serve_in_thread() as base_url:
        config = ClientConfig(client_name="a", project="p", base_url=base_url, credentials=Token(token_provider))
        client = CogniteClient(config)
        with pytest.raises(CogniteProjectAccessError) as err:
            client.assets.list(limit=1)
        assert err.value.code == 401
        assert len(calls) >= 1

        def creds(secret: str) -> OAuthClientCredentials:
            return OAuthClientCredentials(
                token_url=f"{base_url}/oauth2/token", client_id="my-client", client_secret=secret, scopes=["s"]
            )

        bad = CogniteClient(ClientConfig(client_name="a", project="p", base_url=base_url, credentials=creds("nope")))
        with pytest.raises(CogniteOAuthError):
            bad.assets.list(limit=1)
        good = CogniteClient(ClientConfig(client_name="a", project="p", base_url=base_url, credentials=creds("s3cret")))
        assert list(good.assets.list(limit=1)) == []


def test_coming_from_cognite_sdk_guide(cognite_client) -> None:  # type: ignore[no-untyped-def]
    from cognite.client import AsyncCogniteClient, global_config  # noqa: F401
    from cognite.client.data_classes import (  # noqa: F401
        Asset,
        AssetHierarchy,
        AssetUpdate,
        AssetWrite,
        TimeSeries,
        TimeSeriesWrite,
    )
    from cognite.client.exceptions import CogniteAPIError, CogniteNotFoundError  # noqa: F401
    from cognite.client.testing import CogniteClientMock, monkeypatch_cognite_client  # noqa: F401

    async_client = cognite_client.get_async_client()
    assert async_client.datapoints is async_client.time_series.data  # the official alias, one object
    with pytest.raises(Exception, match="(?i)templates"):
        cognite_client.templates.list()


def test_units_section_of_the_datapoints_guide(cognite_client) -> None:  # type: ignore[no-untyped-def]
    from cognite.client.data_classes import TimeSeriesWrite

    client = cognite_client
    client.time_series.create(
        [
            TimeSeriesWrite(external_id="temp", unit_external_id="temperature:deg_c"),
            TimeSeriesWrite(external_id="pressure", unit_external_id="pressure:bar"),
        ]
    )
    client.time_series.data.insert([("1h-ago", 100.0)], external_id="temp")
    client.time_series.data.insert([("1h-ago", 1.0)], external_id="pressure")
    dps = client.time_series.data.retrieve(external_id="temp", start="1d-ago", target_unit="temperature:deg_f")
    arr = client.time_series.data.retrieve_arrays(
        external_id="pressure", start="7d-ago", aggregates="average", granularity="1h", target_unit_system="Imperial"
    )
    unit = client.units.from_alias("degC")
    assert dps.value == pytest.approx([212.0]) and dps.unit_external_id == "temperature:deg_f"
    assert arr.average.tolist() == pytest.approx([14.503773773020923]) and arr.unit_external_id == "pressure:psi"
    assert unit.external_id == "temperature:deg_c"
