"""client.data_modeling.time_series / .files (official 8.22): the core model's nodes, and file content by node id,
against the emulator (a CogniteTimeSeries / CogniteFile node is a time series / a file there, as in CDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cognite.client.data_classes.data_modeling import NodeApply, NodeId, NodeOrEdgeData, ViewId
from cognite.emulator import Emulator
from tests.core_nodes import core_files, core_time_series

FILE_VIEW = ViewId("cdf_cdm", "CogniteFile", "v1")


async def test_time_series_nodes_by_type(client: Any, resolve: Any, emulator: Emulator) -> None:
    core_time_series(emulator, ("sp", "n1"), ("sp", "n2"))
    core_time_series(emulator, ("sp", "s1"), type="string")
    core_time_series(emulator, ("other", "n3"))
    api = client.data_modeling.time_series
    one = await resolve(api.retrieve(NodeId("sp", "n1")))
    assert one.properties[ViewId("cdf_cdm", "CogniteTimeSeries", "v1")]["type"] == "numeric"
    assert await resolve(api.retrieve(("sp", "nothing"))) is None
    assert [n.external_id for n in await resolve(api.retrieve([("sp", "s1"), ("sp", "n2")]))] == ["s1", "n2"]
    numeric = await resolve(api.list(time_series_type="numeric", limit=None))
    assert sorted(n.external_id for n in numeric) == ["n1", "n2", "n3"]
    assert [n.external_id for n in await resolve(api.list(time_series_type=["string"]))] == ["s1"]
    assert sorted(
        n.external_id for n in await resolve(api.list(space="sp", time_series_type=["numeric", "string"]))
    ) == [
        "n1",
        "n2",
        "s1",
    ]
    assert len(await resolve(api.list(limit=2))) == 2
    with pytest.raises(ValueError, match="time_series_type"):
        await resolve(api.list(time_series_type="float"))  # type: ignore[arg-type]


async def test_file_nodes_and_content(client: Any, resolve: Any, emulator: Emulator, tmp_path: Path) -> None:
    api = client.data_modeling.files
    node = NodeApply("sp", "manual", sources=[NodeOrEdgeData(FILE_VIEW, {"name": "manual.txt"})])
    core_files(emulator, ("sp", "other"), name="other.txt")  # the space exists
    await resolve(api.upload_bytes(b"v1", node))
    assert await resolve(api.download_bytes(NodeId("sp", "manual"))) == b"v1"
    got = await resolve(api.retrieve(("sp", "manual")))
    assert got.properties[FILE_VIEW]["isUploaded"] is True  # set by the upload, as in CDF
    (tmp_path / "new.txt").write_bytes(b"v2")
    await resolve(api.upload_content(tmp_path / "new.txt", ("sp", "manual")))
    await resolve(api.download_to_path(tmp_path / "back.txt", NodeId("sp", "manual")))
    assert (tmp_path / "back.txt").read_bytes() == b"v2"
    await resolve(api.upload_content_bytes("text ø", ("sp", "other")))
    out = tmp_path / "out"
    out.mkdir()
    await resolve(api.download(out, [NodeId("sp", "manual"), ("sp", "other")]))
    assert (out / "manual.txt").read_bytes() == b"v2" and (out / "other.txt").read_bytes() == "text ø".encode()
    urls = await resolve(api.retrieve_download_urls([("sp", "manual"), NodeId("sp", "other")]))
    assert list(urls) == [NodeId("sp", "manual"), NodeId("sp", "other")]
    assert sorted(n.external_id for n in await resolve(api.list(limit=None))) == ["manual", "other"]
    with pytest.raises(TypeError, match="NodeApply"):
        await resolve(api.upload_bytes(b"x", NodeId("sp", "manual")))  # type: ignore[arg-type]
