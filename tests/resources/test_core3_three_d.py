"""3D with the official signatures: model metadata on create, one vs many, revision iteration, per-call options."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client.data_classes import ThreeDModel, ThreeDModelList, ThreeDModelRevisionWrite, ThreeDModelWrite
from cognite.emulator import Emulator


async def test_models_create_one_or_many_with_metadata(client: Any, resolve: Any, drain: Any) -> None:
    one = await resolve(client.three_d.models.create("m", metadata={"site": "north"}))
    assert isinstance(one, ThreeDModel) and one.metadata == {"site": "north"}
    many = await resolve(client.three_d.models.create(["a", ThreeDModelWrite(name="b", metadata={"k": "v"})]))
    assert isinstance(many, ThreeDModelList) and [m.name for m in many] == ["a", "b"]
    assert many[1].metadata == {"k": "v"}
    assert [m.name for m in await drain(client.three_d.models(limit=2))] == ["m", "a"]
    chunks = await drain(client.three_d.models(chunk_size=2))
    assert [type(c) for c in chunks] == [ThreeDModelList, ThreeDModelList] and sum(map(len, chunks)) == 3


async def test_revisions_iterate_and_options(client: Any, resolve: Any, drain: Any, emulator: Emulator) -> None:
    model = await resolve(client.three_d.models.create("m"))
    file = await resolve(client.files.upload_bytes(b"glb", name="m.glb"))
    revs = await resolve(
        client.three_d.revisions.create(model.id, [ThreeDModelRevisionWrite(file_id=file.id) for _ in range(3)])
    )
    assert [r.id for r in await drain(client.three_d.revisions(model.id))] == [r.id for r in revs]
    assert [len(c) for c in await drain(client.three_d.revisions(model.id, chunk_size=2))] == [2, 1]
    await resolve(client.three_d.revisions.list(model.id, headers={"x-probe": "yes"}))
    assert emulator.requests.last.headers.get("x-probe") == "yes"
    with pytest.raises(TypeError, match="unexpected keyword"):
        await resolve(client.three_d.revisions.list(model.id, colour="red"))
    with pytest.raises(ValueError, match="node_id"):
        await resolve(client.three_d.revisions.list_ancestor_nodes(model.id, revs[0].id))
