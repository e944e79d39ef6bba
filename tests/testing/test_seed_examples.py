"""The three `cognite.client.testing` examples of the SDK reference (seed 003, "Testing"), as written there."""

from __future__ import annotations

import pytest

from cognite.client import CogniteClient
from cognite.client.data_classes import LoginStatus, TimeSeries
from cognite.client.exceptions import CogniteAPIError
from cognite.client.testing import monkeypatch_cognite_client


def test_calls_run_without_api_calls() -> None:
    with monkeypatch_cognite_client() as c_mock:
        c = CogniteClient()
        c.time_series.create(TimeSeries(external_id="blabla"))
    c_mock.time_series.create.assert_called_once()
    assert c_mock.time_series.create.call_args.args[0].external_id == "blabla"


def test_return_value_of_a_method() -> None:
    with monkeypatch_cognite_client() as c_mock:
        c_mock.login.status.return_value = LoginStatus(
            user="user", project="dummy", project_id=1, logged_in=True, api_key_id=1
        )
        c = CogniteClient()
        res = c.login.status()
        assert res.user == "user"


def test_method_raising() -> None:
    with monkeypatch_cognite_client() as c_mock:
        c_mock.login.status.side_effect = CogniteAPIError(message="Something went wrong", code=400)
        c = CogniteClient()
        with pytest.raises(CogniteAPIError) as err:
            c.login.status()
    assert err.value.code == 400
    assert err.value.message == "Something went wrong"
