"""Files: multipart upload sessions, instance ids, duplicate file names on download, per-call options."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cognite.client import CogniteClient
from cognite.client.data_classes.data_modeling import NodeApply, NodeId, NodeOrEdgeData, SpaceApply, ViewId
from cognite.client.exceptions import CogniteFileUploadError
from cognite.emulator import Emulator


async def _upload_parts(client: Any, session: Any, parts: list[bytes]) -> None:
    """Upload every part and complete the session, the way each client's users would."""
    if isinstance(client, CogniteClient):
        with session:
            for i, part in enumerate(parts):
                session.upload_part(i, part)
    else:
        async with session:
            for i, part in enumerate(parts):
                await session.upload_part_async(i, part)


async def test_multipart_upload_session(client: Any, resolve: Any) -> None:
    session = await resolve(
        client.files.multipart_upload_session("big.bin", parts=3, external_id="big", source="lab", metadata={"k": "v"})
    )
    assert session.file_metadata.external_id == "big" and session.file_metadata.uploaded is False
    await _upload_parts(client, session, [b"first-", b"second-", b"third"])
    assert session.file_metadata.uploaded is True
    assert await resolve(client.files.download_bytes(external_id="big")) == b"first-second-third"
    meta = await resolve(client.files.retrieve(external_id="big"))
    assert (meta.source, meta.metadata, meta.uploaded) == ("lab", {"k": "v"}, True)


async def test_multipart_upload_content_session(client: Any, resolve: Any) -> None:
    await resolve(client.files.create({"name": "later.bin", "externalId": "later"}))
    session = await resolve(client.files.multipart_upload_content_session(parts=2, external_id="later"))
    await _upload_parts(client, session, [b"ab", b"cd"])
    assert await resolve(client.files.download_bytes(external_id="later")) == b"abcd"


async def test_multipart_session_refuses_missing_parts_and_bad_part_numbers(async_client: Any) -> None:
    session = await async_client.files.multipart_upload_session("x.bin", parts=2)
    with pytest.raises(IndexError):
        await session.upload_part_async(2, b"x")
    await session.upload_part_async(0, b"x")
    with pytest.raises(RuntimeError, match="already uploaded"):
        await session.upload_part_async(0, b"x")
    with pytest.raises(CogniteFileUploadError, match=r"missing part\(s\) \[1\]"):
        async with session:
            pass
    with pytest.raises(ValueError, match="parts"):
        await async_client.files.multipart_upload_session("y.bin", parts=0)


async def _instance_file(client: Any, resolve: Any, space: str, xid: str) -> int:
    """A CogniteFile node, which is a file (the emulator mirrors it), as in CDF."""
    await resolve(client.data_modeling.spaces.apply(SpaceApply(space)))
    source = NodeOrEdgeData(ViewId("cdf_cdm", "CogniteFile", "v1"), {"name": f"{xid}.txt"})
    await resolve(client.data_modeling.instances.apply(NodeApply(space, xid, sources=[source])))
    return (await resolve(client.files.retrieve(instance_id=NodeId(space, xid)))).id


async def test_files_by_instance_id(client: Any, resolve: Any, emulator: Emulator, tmp_path: Path) -> None:
    file_id = await _instance_file(client, resolve, "sp", "doc")
    node = NodeId("sp", "doc")
    assert (await resolve(client.files.retrieve(instance_id=node))).id == file_id
    assert [f.id for f in await resolve(client.files.retrieve_multiple(instance_ids=[node]))] == [file_id]
    await resolve(client.files.upload_content_bytes(b"dm content", instance_id=node))
    assert await resolve(client.files.download_bytes(instance_id=("sp", "doc"))) == b"dm content"
    urls = await resolve(client.files.retrieve_download_urls(instance_id=[node], extended_expiration=True))
    assert list(urls) == [node]
    assert emulator.requests.find("POST", "/files/downloadlink")[-1].params.get("extendedExpiration") == "true"
    await resolve(client.files.download_to_path(tmp_path / "doc.txt", instance_id=node))
    assert (tmp_path / "doc.txt").read_bytes() == b"dm content"
    (tmp_path / "new.txt").write_bytes(b"replaced")
    await resolve(client.files.upload_content(tmp_path / "new.txt", instance_id=node))
    out = tmp_path / "out"
    out.mkdir()
    await resolve(client.files.download(out, instance_id=node))
    assert (out / "doc.txt").read_bytes() == b"replaced"
    with pytest.raises(ValueError, match="exactly one"):
        await resolve(client.files.upload_content_bytes(b"x", external_id="a", instance_id=node))


async def test_download_resolves_duplicate_file_names(client: Any, resolve: Any, tmp_path: Path) -> None:
    ids = [
        (await resolve(client.files.upload_bytes(content, name="report.tar.gz", external_id=xid))).id
        for xid, content in (("r1", b"one"), ("r2", b"two"), ("r3", b"three"))
    ]
    with pytest.raises(ValueError, match="resolve_duplicate_file_names"):
        await resolve(client.files.download(tmp_path, id=ids))
    assert list(tmp_path.iterdir()) == []  # refused before anything is written
    await resolve(client.files.download(tmp_path, id=ids, resolve_duplicate_file_names=True))
    got = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert got == {"report.tar.gz": b"one", "report(1).tar.gz": b"two", "report(2).tar.gz": b"three"}


async def test_upload_takes_metadata_as_named_parameters(client: Any, resolve: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("alpha")
    meta = await resolve(
        client.files.upload(tmp_path / "a.txt", external_id="a", directory="/docs", metadata={"k": "v"}, source="s")
    )
    assert (meta.name, meta.directory, meta.metadata, meta.source) == ("a.txt", "/docs", {"k": "v"}, "s")
    with pytest.raises(TypeError, match="unexpected keyword"):
        await resolve(client.files.upload(tmp_path / "a.txt", colour="red"))
    iterated = [f.external_id for f in await resolve(_collect(client.files(chunk_size=None, source="s")))]
    assert iterated == ["a"]
    assert await resolve(client.files.aggregate_count(filter={"source": "s"})) == 1


async def _collect(iterator: Any) -> list[Any]:
    if hasattr(iterator, "__aiter__"):
        return [x async for x in iterator]
    return list(iterator)


async def test_upload_bytes_takes_strings_file_objects_and_async_iterators(async_client: Any) -> None:
    import io

    async def chunks() -> Any:
        for part in (b"as", b"ync"):
            yield part

    for xid, content, expected in (
        ("s", "text ø", "text ø".encode()),
        ("f", io.BytesIO(b"from a file"), b"from a file"),
        ("a", chunks(), b"async"),
    ):
        await async_client.files.upload_bytes(content, name=f"{xid}.bin", external_id=xid)
        assert await async_client.files.download_bytes(external_id=xid) == expected
    with pytest.raises(TypeError, match="content must be"):
        await async_client.files.upload_bytes(12, name="n")  # type: ignore[arg-type]


async def test_download_urls_are_keyed_as_asked(client: Any, resolve: Any, emulator: Emulator) -> None:
    one = await resolve(client.files.upload_bytes(b"1", name="a", external_id="a"))
    await _instance_file(client, resolve, "sp", "n")
    await resolve(client.files.upload_content_bytes(b"2", instance_id=NodeId("sp", "n")))
    urls = await resolve(client.files.retrieve_download_urls(id=one.id, external_id="a", instance_id=("sp", "n")))
    assert list(urls) == [one.id, "a", NodeId("sp", "n")]
    assert all(u.startswith("http") for u in urls.values())


async def test_large_upload_arrives_whole(client: Any, resolve: Any) -> None:
    """Above 8 MiB the body goes out in 1 MiB slices with its Content-Length: what arrives is all of it, in order."""
    content = bytes(range(256)) * (9 * 2**20 // 256 + 7)
    meta = await resolve(client.files.upload_bytes(content, name="big.bin", external_id="big9"))
    assert await resolve(client.files.download_bytes(id=meta.id)) == content


async def test_sliced_body_can_be_sent_again() -> None:
    """A retry iterates the body anew: every attempt sends all of it."""
    from cognite.client._http.transport import _Slices

    data = bytes(range(256)) * 20_000
    body = _Slices(data)
    for _ in range(2):
        assert b"".join([part async for part in body]) == data
