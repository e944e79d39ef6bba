"""Shape of the generated package: import cost, the operations index, open enums, errors, best-match unions."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import httpx
import pytest
from cdf_api import errors
from cdf_api.operations import OPERATIONS

PROBE = """
import sys, time
t = time.perf_counter()
import cdf_api.api.assets.list_assets
elapsed = time.perf_counter() - t
print(sum(1 for name in sys.modules if name == "cdf_api" or name.startswith("cdf_api.")), elapsed)
"""


def test_importing_one_endpoint_loads_few_modules() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True).stdout
    count, elapsed = out.split()
    print(f"one endpoint: {count} cdf_api modules in {float(elapsed):.3f}s")  # timing is reported, not asserted
    assert int(count) < 30


def test_operations_index_covers_the_pinned_spec() -> None:
    assert len(OPERATIONS) == 481
    info = OPERATIONS["getMultiTimeSeriesDatapoints"]
    assert (info.method, info.path, info.retryable, info.base) == ("POST", "/timeseries/data/list", True, "project")
    assert OPERATIONS["createAssets"].retryable is False
    assert OPERATIONS["deleteAssets"].retryable is False
    assert OPERATIONS["byIdsAssets"].retryable is True
    assert OPERATIONS["inspectToken"].base == "api"
    assert (OPERATIONS["getOrg"].base, OPERATIONS["getOrg"].server) == ("absolute", "https://auth.cognite.com")
    assert importlib.import_module(info.module).OPERATION_ID == "getMultiTimeSeriesDatapoints"


def test_unknown_enum_values_are_tolerated() -> None:
    from cdf_api.models import Aggregate, DatapointsMultiQuery

    assert Aggregate("average") is Aggregate.AVERAGE
    future = Aggregate("p99")
    assert future.value == "p99" and str(future) == "p99" and future == "p99"
    assert Aggregate("p99") is future  # one pseudo-member per value
    with pytest.raises(ValueError):
        Aggregate(3)
    query = {"items": [{"id": 1}], "aggregates": ["average", "p99"], "granularity": "1h"}
    parsed = DatapointsMultiQuery.from_dict(query)
    assert parsed.aggregates == [Aggregate.AVERAGE, future]
    assert parsed.to_dict() == query


def test_api_error_carries_cdf_error_fields() -> None:
    from cdf_api.api.assets import by_ids_assets

    body = {"error": {"code": 400, "message": "ids not found", "missing": [{"externalId": "a"}], "hint": "x"}}
    response = httpx.Response(400, json=body, headers={"X-Request-ID": "r-9"})
    with pytest.raises(errors.ApiError) as info:
        by_ids_assets.parse_response(response)
    err = info.value
    assert (err.code, err.message, err.missing, err.duplicated) == (400, "ids not found", [{"externalId": "a"}], None)
    assert err.extra == {"hint": "x"} and err.x_request_id == "r-9" and err.status_code == 400


def test_api_error_without_json_body() -> None:
    err = errors.ApiError(502, b"<html>bad gateway</html>", {})
    assert err.code == 502 and "bad gateway" in err.message and err.missing is None


DATAPOINTS = {
    "items": [
        {
            "id": 1,
            "isString": False,
            "type": "numeric",
            "isStep": False,
            "datapoints": [{"timestamp": 1, "value": 1.5}],
        },
        {"id": 2, "isString": True, "type": "string", "datapoints": [{"timestamp": 1, "value": "on"}]},
        {
            "id": 3,
            "isString": False,
            "isStep": False,
            "type": "numeric",
            "datapoints": [{"timestamp": 0, "average": 2.0}],
        },
        {"id": 4, "isString": True, "type": "string", "datapoints": []},
    ]
}


def test_datapoint_unions_pick_the_best_fitting_model() -> None:
    from cdf_api.api.time_series import get_multi_time_series_datapoints

    response = httpx.Response(
        200, content=json.dumps(DATAPOINTS).encode(), headers={"content-type": "application/json"}
    )
    parsed = get_multi_time_series_datapoints.parse_response(response)
    kinds = [type(item).__name__ for item in parsed.items]
    assert kinds == [
        "DatapointsGetDoubleDatapoint",
        "DatapointsGetStringDatapoint",
        "DatapointsGetAggregateDatapoint",
        "DatapointsGetStringDatapoint",
    ]
    assert parsed.items[0].datapoints[0].value == 1.5
    assert parsed.items[2].datapoints[0].average == 2.0
    assert "value" not in parsed.items[2].datapoints[0].additional_properties
    assert parsed.to_dict() == DATAPOINTS


def test_fit_score_ranks_by_declared_keys() -> None:
    from cdf_api.models import GetDoubleDatapoint, GetNumericAggregateDatapoint, GetStringDatapoint
    from cdf_api.types import best_first

    candidates = (GetNumericAggregateDatapoint, GetDoubleDatapoint, GetStringDatapoint)
    assert best_first({"timestamp": 1, "value": 2.5}, candidates)[0] is GetDoubleDatapoint
    assert best_first({"timestamp": 1, "value": "x"}, candidates)[0] is GetStringDatapoint
    assert best_first({"timestamp": 1, "max": 3.0}, candidates)[0] is GetNumericAggregateDatapoint


def test_protobufs_are_package_relative() -> None:
    from cdf_api.protobuf import data_point_insertion_request_pb2, data_point_list_response_pb2

    reply = data_point_list_response_pb2.DataPointListResponse()
    item = reply.items.add(id=5, externalId="ts")
    item.numericDatapoints.datapoints.add(timestamp=10, value=2.5)
    parsed = data_point_list_response_pb2.DataPointListResponse.FromString(reply.SerializeToString())
    assert parsed.items[0].numericDatapoints.datapoints[0].value == 2.5
    request = data_point_insertion_request_pb2.DataPointInsertionRequest()
    request.items.add(externalId="ts").stringDatapoints.datapoints.add(timestamp=1, value="on")
    assert request.items[0].WhichOneof("datapointType") == "stringDatapoints"


def test_generated_code_passes_ruff_f_rules() -> None:
    from pathlib import Path

    import cdf_api

    ruff = Path(sys.executable).with_name("ruff")
    package = Path(cdf_api.__file__).parent
    args = [str(ruff), "check", "--no-cache", "--isolated", "--select", "F", "--quiet", str(package)]
    result = subprocess.run(args, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]


def test_doc_examples_of_client_and_errors_hold() -> None:
    import doctest

    import cdf_api.client
    import cdf_api.errors

    for module in (cdf_api.client, cdf_api.errors):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0


def test_query_booleans_go_out_as_cdf_spells_them() -> None:
    from cdf_api.api.time_series import get_time_series

    assert get_time_series.build_request(limit=3, include_metadata=False).params == {
        "limit": 3,
        "includeMetadata": "false",
    }
