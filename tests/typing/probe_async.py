"""Typing probe (async): the sync probe's expressions on `AsyncCogniteClient`, awaited. See `probe_sync.py`."""

from typing_extensions import reveal_type

from cognite.client import AsyncCogniteClient, ClientConfig
from cognite.client.credentials import Token
from cognite.client.data_classes import AssetUpdate, AssetWrite


async def main() -> None:
    config = ClientConfig(
        client_name="probe", project="p", credentials=Token("t"), base_url="https://x.cognitedata.com"
    )
    client = AsyncCogniteClient(config)
    reveal_type(client)  # R: client

    reveal_type(client.assets)  # R: client.assets
    assets = await client.assets.list()
    reveal_type(assets)  # R: assets.list()
    asset = assets[0]
    reveal_type(asset)  # R: assets.list()[0]
    reveal_type(asset.name)  # R: asset.name
    reveal_type(asset.id)  # R: asset.id
    reveal_type(asset.metadata)  # R: asset.metadata
    reveal_type(await client.assets.retrieve(id=1))  # R: assets.retrieve(id=1)
    reveal_type(await client.assets.retrieve_multiple(ids=[1, 2]))  # R: assets.retrieve_multiple()
    new = AssetWrite(external_id="a", name="a")
    reveal_type(new)  # R: AssetWrite(...)
    reveal_type(await client.assets.create(new))  # R: assets.create(one)
    reveal_type(await client.assets.create([new]))  # R: assets.create([...])
    change = AssetUpdate(id=1).name.set("x")
    reveal_type(change)  # R: AssetUpdate(id=1).name.set()
    reveal_type(await client.assets.update(change))  # R: assets.update(one)
    reveal_type(await client.assets.update([change]))  # R: assets.update([...])
    reveal_type(await client.assets.upsert(new))  # R: assets.upsert(one)
    reveal_type(await client.assets.upsert([new]))  # R: assets.upsert([...])
    async for a in client.assets():
        reveal_type(a)  # R: for a in assets()
    async for chunk in client.assets(chunk_size=100):
        reveal_type(chunk)  # R: for c in assets(chunk_size=)

    reveal_type(await client.events.list())  # R: events.list()
    reveal_type(await client.time_series.list())  # R: time_series.list()
    reveal_type(await client.time_series.data.retrieve(id=1))  # R: time_series.data.retrieve()
    reveal_type(await client.time_series.data.retrieve_arrays(id=1))  # R: time_series.data.retrieve_arrays()
    reveal_type(await client.time_series.data.retrieve_dataframe(id=1))  # R: time_series.data.retrieve_dataframe()
    reveal_type(await client.files.list())  # R: files.list()
    reveal_type(await client.raw.rows.list("db", "table"))  # R: raw.rows.list()
    reveal_type(await client.sequences.data.retrieve(id=1, start=0, end=None))  # R: sequences.data.retrieve()
    reveal_type(await client.data_sets.list())  # R: data_sets.list()

    # Deliberate mistakes: each must be reported by both checkers.
    await client.assets.lst()  # E: misspelt method
    await client.assets.list(limt=5)  # E: misspelt keyword
    _ = asset.nmae  # E: misspelt field
    _ = (await client.assets.retrieve(id=1)).name  # E: unguarded None
    await client.assets.list(limit="5")  # E: wrong argument type
    await client.assets.retrieve(id="abc")  # E: retrieve(id=str)

    # Data modeling schema (spaces, containers, views, data models).
    from cognite.client.data_classes.data_modeling import ContainerId, SpaceApply, ViewId

    dm = client.data_modeling

    reveal_type(await dm.spaces.apply(SpaceApply("sp")))  # R: dm.spaces.apply(one)
    reveal_type(await dm.spaces.retrieve("sp"))  # R: dm.spaces.retrieve(one)
    reveal_type(await dm.spaces.list())  # R: dm.spaces.list()
    reveal_type(await dm.spaces.delete("sp"))  # R: dm.spaces.delete()
    reveal_type(await dm.containers.retrieve(ContainerId("sp", "c")))  # R: dm.containers.retrieve(one)
    reveal_type(await dm.containers.list(space="sp"))  # R: dm.containers.list()
    reveal_type(await dm.views.retrieve(ViewId("sp", "v", "1")))  # R: dm.views.retrieve()
    reveal_type((await dm.views.list())[0].properties)  # R: dm.views.list()[0].properties
    reveal_type(await dm.data_models.retrieve(("sp", "dm", "1")))  # R: dm.data_models.retrieve()
    reveal_type(await dm.data_models.list(inline_views=True))  # R: dm.data_models.list(inline_views)
    await dm.spaces.aply(SpaceApply("sp"))  # E: dm misspelt method

    # Data modeling instances.
    from cognite.client.data_classes.data_modeling import NodeApply, NodeId, NodeOrEdgeData

    pump = ViewId("sp", "Pump", "v1")
    applied = await dm.instances.apply(NodeApply("sp", "n", sources=[NodeOrEdgeData(pump, {"name": "a"})]))
    reveal_type(applied)  # R: dm.instances.apply()
    reveal_type(applied.nodes[0].version)  # R: dm.instances.apply().nodes[0].version
    reveal_type(await dm.instances.retrieve(nodes=("sp", "n")))  # R: dm.instances.retrieve()
    reveal_type(await dm.instances.retrieve_nodes(NodeId("sp", "n")))  # R: dm.instances.retrieve_nodes(one)
    reveal_type(await dm.instances.retrieve_nodes([NodeId("sp", "n")]))  # R: dm.instances.retrieve_nodes([...])
    reveal_type(await dm.instances.list())  # R: dm.instances.list()
    reveal_type(await dm.instances.list(instance_type="edge"))  # R: dm.instances.list(edge)
    reveal_type((await dm.instances.list())[0].properties)  # R: dm.instances.list()[0].properties
    reveal_type(await dm.instances.delete(nodes=("sp", "n")))  # R: dm.instances.delete()
    await dm.instances.aply(NodeApply("sp", "n"))  # E: dm.instances misspelt method
    await dm.instances.list(limit="5")  # E: dm.instances.list(limit=str)
