"""The official SDK 8.22's own docstring examples that name time series and files by instance id (datapoints, files,
time series, ``data_modeling.time_series`` / ``.files``), run unchanged by the official SDK against the emulator.

The examples are read from the installed official SDK at collection time (nothing of them is copied here); the
emulator holds what they presume: CogniteTimeSeries / CogniteFile nodes of the ids they name (files with content),
and the classic series they mix in (id 1 and 123, external ids "foo" and "bar"). Each method's blocks run in one
namespace, as in its docstring (with the data classes and Path at hand, as a reader of the docs has them), in a scratch
directory that holds the local directories and files the examples presume.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cognite.emulator import Emulator
from tests.conformance.conftest import PROJECT, ServedEmulator
from tests.core_nodes import core_files, core_time_series
from tests.resources.fixture_data import sequential_ids
from tests.resources.test_core1_official_examples import _examples

MODULES = ("datapoints", "files", "time_series", "data_modeling/time_series", "data_modeling/files")
MARKERS = ("instance_id", "NodeId", "node_id", "data_modeling.time_series", "data_modeling.files")

TS_NODES = [
    ("ts-space", "foo"),
    ("ts-space", "regular-ts"),
    ("my-space", "my-ts-xid"),
    ("my-space", "my-ts"),
    ("my-space", "ts-1"),
    ("my-space", "ts-2"),
    ("test", "hello"),
]
STATE_NODES = [
    ("ts-space", "state-ts"),
    ("my-space", "first-state-ts"),
    ("my-space", "second-state-ts"),
    ("my-space", "my-state-ts"),
    ("state-space", "ts-read-from"),
    ("state-space", "ts-write-to"),
]
FILE_NODES = [("my-space", "my-file-xid"), ("my-space", "my_file_xid"), ("my-space", "my-file")]
FILE_NODES += [("my-space", "file-1"), ("my-space", "file-2")]
CLASSIC_IDS = (1, 123)
# What the examples presume on the local disk (scratch directory = HOME)
LOCAL_DIRS = ("my_directory",)
LOCAL_FILES = ("Quarterly-Report.pdf",)
CLASSIC_XIDS = ("foo", "bar")

# Blocks that fail against CDF as well, with the error type and a piece of its message.
EXPECTED_ERRORS: dict[str, tuple[str, str]] = {
    # iterates `query` (undefined) where it meant `queries`
    "SyncDatapointsAPI.__call__": ("NameError", "'query'"),
    # copies a state series: the emulator serves state series' points as numeric ones (no state datapoints on the
    # wire yet), so the official SDK rightly refuses them as states
    "SyncDatapointsAPI.insert_states": ("ValueError", "Only datapoints from state time series"),
    # "~/mydir/...": the official SDK takes the path literally (no "~" expansion), so no such directory exists
    "SyncFilesAPI.download_to_path": ("NotADirectoryError", "~/mydir"),
    "SyncDataModelingFilesAPI.download_to_path": ("NotADirectoryError", "~/mydir"),
    # uploads /path/to/file.txt, which is nobody's file
    "SyncFilesAPI.upload_content": ("FileNotFoundError", "/path/to/file.txt"),
    "SyncDataModelingFilesAPI.upload_content": ("FileNotFoundError", "/path/to/file.txt"),
    # their last block reads through the project's own extension view (my-space:My...Extension), not presumed here
    "SyncDataModelingTimeSeriesAPI.retrieve": ("CogniteAPIError", "MyTimeSeriesExtension"),
    "SyncDataModelingTimeSeriesAPI.list": ("CogniteAPIError", "MyTimeSeriesExtension"),
    "SyncDataModelingFilesAPI.retrieve": ("CogniteAPIError", "MyFileExtension"),
    "SyncDataModelingFilesAPI.list": ("CogniteAPIError", "MyFileExtension"),
}

SCRIPT = """
import os
from pathlib import Path
import cognite.client.data_classes as data_classes
scratch = PARAMS["scratch"]
os.chdir(scratch)
out = {}
for name, blocks in PARAMS["examples"]:
    ns = {"client": client, "Path": Path, **{n: getattr(data_classes, n) for n in data_classes.__all__}}
    try:
        for block in blocks:
            exec(compile(block.replace("client = CogniteClient()", "pass"), name, "exec"), ns)
        out[name] = None
    except BaseException as e:
        out[name] = [type(e).__name__, str(e)[:300]]
emit(out)
"""


def _instance_examples() -> list[tuple[str, list[str]]]:
    """Per method, the docstring blocks that name series or files by instance id (or use the DM accessors)."""
    picked = []
    for name, blocks in _examples(MODULES):
        chosen = [b for b in blocks if any(m in b for m in MARKERS)]
        if chosen:
            picked.append((name, chosen))
    return picked


def _seed(emu: Emulator) -> None:
    core_time_series(emu, *TS_NODES, project=PROJECT)
    core_time_series(emu, *STATE_NODES, project=PROJECT, type="state")
    core_files(emu, *FILE_NODES, project=PROJECT)
    base = f"/api/v1/projects/{PROJECT}"
    with emu.client() as http:
        for space, xid in FILE_NODES:  # with content, so the download examples have something to fetch
            ident = {"instanceId": {"space": space, "externalId": xid}}
            link = http.post(f"{base}/files/uploadlink", json={"items": [ident]}).json()["items"][0]
            http.put(link["uploadUrl"], content=f"content of {xid}".encode()).raise_for_status()
        with sequential_ids(emu) as ids:
            for i in CLASSIC_IDS:
                ids.n = i
                http.post(f"{base}/timeseries", json={"items": [{"name": f"ts {i}"}]}).raise_for_status()
        items = [{"externalId": x} for x in CLASSIC_XIDS]
        http.post(f"{base}/timeseries", json={"items": items}).raise_for_status()


def test_official_instance_id_examples_run(
    conformance_emulator: ServedEmulator, run_official: Any, tmp_path: Path
) -> None:
    examples = _instance_examples()
    assert len(examples) >= 25, [n for n, _ in examples]  # the official docs name instance ids this often
    _seed(conformance_emulator.emu)
    for directory in LOCAL_DIRS:
        (tmp_path / directory).mkdir()
    for name in LOCAL_FILES:
        (tmp_path / name).write_bytes(b"a local file")
    outcome = run_official(SCRIPT, examples=examples, scratch=str(tmp_path))
    unexpected = {}
    for name, _ in examples:
        got, expected = outcome[name], EXPECTED_ERRORS.get(name)
        if expected is None and got is not None:
            unexpected[name] = got
        elif expected is not None and (got is None or got[0] != expected[0] or expected[1] not in got[1]):
            unexpected[name] = f"expected {expected}, got {got}"
    assert unexpected == {}
    assert not set(EXPECTED_ERRORS) - set(outcome), "an expected failure names no example any more"
    # what the examples wrote is there, by instance id
    emu = conformance_emulator.emu
    with emu.client() as http:
        body = {"items": [{"instanceId": {"space": "my-space", "externalId": "my-ts-xid"}, "start": 0, "end": "now"}]}
        points = http.post(f"/api/v1/projects/{PROJECT}/timeseries/data/list", json=body).json()["items"][0]
        assert len(points["datapoints"]) > 0
    # files.download(directory=".") wrote what the multipart example uploaded to that node
    assert (tmp_path / "my-file-xid").read_bytes() == b"hello" * 1_200_000 + b" world"
    assert sorted(p.name for p in (tmp_path / "my_directory").iterdir()) == ["file-1", "file-2"]
