"""Typing probe (sync): code as a new user writes it. Never run; type-checked by `test_probe.py`.

A trailing comment "R: key" marks a `reveal_type` whose type must equal the official SDK's (recorded in
`official_types.json`); "E: key" marks a deliberate mistake that both mypy and pyright must report. Every other
line must check clean.
"""

from typing_extensions import reveal_type

from cognite.client import ClientConfig, CogniteClient
from cognite.client.credentials import Token
from cognite.client.data_classes import AssetUpdate, AssetWrite

config = ClientConfig(client_name="probe", project="p", credentials=Token("t"), base_url="https://x.cognitedata.com")
client = CogniteClient(config)
reveal_type(client)  # R: client

reveal_type(client.assets)  # R: client.assets
assets = client.assets.list()
reveal_type(assets)  # R: assets.list()
asset = assets[0]
reveal_type(asset)  # R: assets.list()[0]
reveal_type(asset.name)  # R: asset.name
reveal_type(asset.id)  # R: asset.id
reveal_type(asset.metadata)  # R: asset.metadata
reveal_type(client.assets.retrieve(id=1))  # R: assets.retrieve(id=1)
reveal_type(client.assets.retrieve_multiple(ids=[1, 2]))  # R: assets.retrieve_multiple()
new = AssetWrite(external_id="a", name="a")
reveal_type(new)  # R: AssetWrite(...)
reveal_type(client.assets.create(new))  # R: assets.create(one)
reveal_type(client.assets.create([new]))  # R: assets.create([...])
change = AssetUpdate(id=1).name.set("x")
reveal_type(change)  # R: AssetUpdate(id=1).name.set()
reveal_type(client.assets.update(change))  # R: assets.update(one)
reveal_type(client.assets.update([change]))  # R: assets.update([...])
reveal_type(client.assets.upsert(new))  # R: assets.upsert(one)
reveal_type(client.assets.upsert([new]))  # R: assets.upsert([...])
for a in client.assets():
    reveal_type(a)  # R: for a in assets()
for chunk in client.assets(chunk_size=100):
    reveal_type(chunk)  # R: for c in assets(chunk_size=)

reveal_type(client.events.list())  # R: events.list()
reveal_type(client.time_series.list())  # R: time_series.list()
reveal_type(client.time_series.data.retrieve(id=1))  # R: time_series.data.retrieve()
reveal_type(client.time_series.data.retrieve_arrays(id=1))  # R: time_series.data.retrieve_arrays()
reveal_type(client.time_series.data.retrieve_dataframe(id=1))  # R: time_series.data.retrieve_dataframe()
reveal_type(client.files.list())  # R: files.list()
reveal_type(client.raw.rows.list("db", "table"))  # R: raw.rows.list()
reveal_type(client.sequences.data.retrieve(id=1, start=0, end=None))  # R: sequences.data.retrieve()
reveal_type(client.data_sets.list())  # R: data_sets.list()

# Deliberate mistakes: each must be reported by both checkers.
client.assets.lst()  # E: misspelt method
client.assets.list(limt=5)  # E: misspelt keyword
_ = asset.nmae  # E: misspelt field
_ = client.assets.retrieve(id=1).name  # E: unguarded None
client.assets.list(limit="5")  # E: wrong argument type
client.assets.retrieve(id="abc")  # E: retrieve(id=str)

# Data modeling schema (spaces, containers, views, data models).
from cognite.client.data_classes.data_modeling import ContainerId, SpaceApply, ViewId  # noqa: E402

reveal_type(client.data_modeling.spaces.apply(SpaceApply("sp")))  # R: dm.spaces.apply(one)
reveal_type(client.data_modeling.spaces.retrieve("sp"))  # R: dm.spaces.retrieve(one)
reveal_type(client.data_modeling.spaces.list())  # R: dm.spaces.list()
reveal_type(client.data_modeling.spaces.delete("sp"))  # R: dm.spaces.delete()
reveal_type(client.data_modeling.containers.retrieve(ContainerId("sp", "c")))  # R: dm.containers.retrieve(one)
reveal_type(client.data_modeling.containers.list(space="sp"))  # R: dm.containers.list()
reveal_type(client.data_modeling.views.retrieve(ViewId("sp", "v", "1")))  # R: dm.views.retrieve()
reveal_type(client.data_modeling.views.list()[0].properties)  # R: dm.views.list()[0].properties
reveal_type(client.data_modeling.data_models.retrieve(("sp", "dm", "1")))  # R: dm.data_models.retrieve()
reveal_type(client.data_modeling.data_models.list(inline_views=True))  # R: dm.data_models.list(inline_views)
client.data_modeling.spaces.aply(SpaceApply("sp"))  # E: dm misspelt method

# Data modeling instances.
from cognite.client.data_classes.data_modeling import NodeApply, NodeId, NodeOrEdgeData  # noqa: E402

pump = ViewId("sp", "Pump", "v1")
applied = client.data_modeling.instances.apply(NodeApply("sp", "n", sources=[NodeOrEdgeData(pump, {"name": "a"})]))
reveal_type(applied)  # R: dm.instances.apply()
reveal_type(applied.nodes[0].version)  # R: dm.instances.apply().nodes[0].version
reveal_type(client.data_modeling.instances.retrieve(nodes=("sp", "n")))  # R: dm.instances.retrieve()
reveal_type(client.data_modeling.instances.retrieve_nodes(NodeId("sp", "n")))  # R: dm.instances.retrieve_nodes(one)
reveal_type(client.data_modeling.instances.retrieve_nodes([NodeId("sp", "n")]))  # R: dm.instances.retrieve_nodes([...])
reveal_type(client.data_modeling.instances.list())  # R: dm.instances.list()
reveal_type(client.data_modeling.instances.list(instance_type="edge"))  # R: dm.instances.list(edge)
reveal_type(client.data_modeling.instances.list()[0].properties)  # R: dm.instances.list()[0].properties
reveal_type(client.data_modeling.instances.delete(nodes=("sp", "n")))  # R: dm.instances.delete()
for node in client.data_modeling.instances(chunk_size=None):
    reveal_type(node)  # R: for n in dm.instances()
client.data_modeling.instances.aply(NodeApply("sp", "n"))  # E: dm.instances misspelt method
# Typed nodes: the core data model's generated classes.
from cognite.client.data_classes.data_modeling.cdm.v1 import CogniteAsset, CogniteAssetApply  # noqa: E402

inst = client.data_modeling.instances
reveal_type(inst.list(instance_type=CogniteAsset))  # R: dm.instances.list(CogniteAsset)
reveal_type(
    inst.retrieve_nodes(NodeId("sp", "a"), node_cls=CogniteAsset)
)  # R: dm.instances.retrieve_nodes(one, CogniteAsset)
reveal_type(inst.search(pump, "a", instance_type=CogniteAsset))  # R: dm.instances.search(CogniteAsset)
reveal_type(CogniteAsset.get_source())  # R: CogniteAsset.get_source()
reveal_type(CogniteAssetApply("sp", "a", name="A").as_id())  # R: CogniteAssetApply().as_id()
CogniteAssetApply("sp", "a", nme="A")  # E: CogniteAssetApply misspelt property
client.data_modeling.instances.list(limit="5")  # E: dm.instances.list(limit=str)
