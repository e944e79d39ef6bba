"""The official SDK 8.22's own docstring examples of datapoints, synthetic datapoints, sequences (+ rows) and RAW,
run unchanged against our SDK and the emulator (seeded with the fixture content), read from the installed official
SDK as `test_core1_official_examples` does (skipped without it)."""

from __future__ import annotations

from typing import Any

import pytest

import cognite.client.data_classes as data_classes
from cognite.client import CogniteClient
from cognite.client.exceptions import CogniteAPIError, CogniteNotFoundError
from cognite.emulator import Emulator
from tests.conftest import make_config
from tests.resources.fixture_data import seed
from tests.resources.test_core1_official_examples import _examples, _run

MODULES = (
    "datapoints",
    "synthetic_time_series",
    "sequences",
    "sequence_data",
    "raw/databases",
    "raw/tables",
    "raw/rows",
)
_NO_DM = (ModuleNotFoundError, "data_modeling")  # data modeling (NodeId) is not part of this SDK
# Examples that fail against CDF as well (they presume other content, or build on each other), with the error CDF
# (and so the emulator) gives, and those using what this SDK does not have.
EXPECTED_ERRORS: dict[str, tuple[type[BaseException], str]] = {
    **dict.fromkeys(
        (
            "SyncDatapointsAPI.retrieve",
            "SyncDatapointsAPI.retrieve_arrays",
            "SyncDatapointsAPI.retrieve_dataframe",
            "SyncDatapointsAPI.retrieve_latest",
            "SyncDatapointsAPI.insert",
            "SyncDatapointsAPI.insert_multiple",
            "SyncDatapointsAPI.delete_range",
            "SyncDatapointsAPI.insert_dataframe",
        ),
        _NO_DM,
    ),
    # state time series are not supported yet
    "SyncDatapointsAPI.insert_states": (ImportError, "StateDatapointsInsert"),
    # time series "foo" / id 123 are not in the content
    "SyncDatapointsAPI.__call__": (CogniteNotFoundError, "not found"),
    "SyncSyntheticDatapointsAPI.query": (CogniteNotFoundError, "not found"),
    # the second block calls retrieve() with no identifier
    "SyncSequencesAPI.retrieve": (ValueError, "exactly one"),
    # unique values of an object property (the doc meant aggregate_unique_properties)
    "SyncSequencesAPI.aggregate_unique_values": (CogniteAPIError, "is an object"),
    "SyncSequencesAPI.aggregate_cardinality_properties": (CogniteAPIError, "is an object"),
    # the blocks add the same column twice
    "SyncSequencesAPI.update": (CogniteAPIError, "Duplicate column"),
    # sequence 123 of the content has other columns; sequence 1 has no row 23
    "SyncSequencesDataAPI.insert_dataframe": (CogniteAPIError, "columns"),
    "SyncSequencesDataAPI.retrieve": (KeyError, "23"),
    # db1 / table1 are part of the content; tbl1 is not
    "SyncRawDatabasesAPI.create": (CogniteAPIError, "already created"),
    "SyncRawDatabasesAPI.delete": (CogniteAPIError, "not empty"),
    "SyncRawTablesAPI.create": (CogniteAPIError, "already created"),
    "SyncRawRowsAPI.list": (CogniteNotFoundError, "tbl1"),
}
EXAMPLES = _examples(MODULES)


@pytest.mark.parametrize(("name", "blocks"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_official_example_runs(name: str, blocks: list[str]) -> None:
    emulator = Emulator()
    client = CogniteClient(make_config(emulator), http_transport=emulator.transport)
    seed(client, emulator)
    ns: dict[str, Any] = {"client": client, **{n: getattr(data_classes, n) for n in data_classes.__all__}}
    expected = EXPECTED_ERRORS.get(name)
    if expected is None:
        _run(blocks, ns)
        return
    with pytest.raises(expected[0], match=expected[1]):
        _run(blocks, ns)
