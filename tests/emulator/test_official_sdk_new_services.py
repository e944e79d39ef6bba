"""The official cognite-sdk (unchanged, over a socket, replies validated) on 3D, entity matching and RAW names
with '/' and '%' (the conformance suite's fixtures, reused)."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import (  # noqa: F401 (fixtures)
    ServedEmulator,
    conformance_emulator,
    conformance_emulator_options,
    official_python,
    run_official,
)

SCRIPT = """
from cognite.client.data_classes import AssetWrite, ThreeDAssetMappingWrite, ThreeDModelRevisionWrite
from cognite.client.data_classes import ThreeDModelRevisionUpdate
out = {}
f = client.files.upload_bytes(b"glb", name="m.glb")
m = client.three_d.models.create(name="m")
r = client.three_d.revisions.create(m.id, ThreeDModelRevisionWrite(file_id=f.id))
client.three_d.revisions.update(m.id, ThreeDModelRevisionUpdate(id=r.id).published.set(True))
out["published"] = [x.id == m.id for x in client.three_d.models.list(published=True)]
nodes = client.three_d.revisions.list_nodes(m.id, r.id, limit=None)
out["nodes"] = [n.name for n in nodes]
props = {"PDMS": {"Type": ["PIPE", "VALVE"]}}
out["filtered"] = [n.name for n in client.three_d.revisions.filter_nodes(m.id, r.id, properties=props)]
a = client.assets.create(AssetWrite(name="a"))
mapping = client.three_d.asset_mappings.create(m.id, r.id, ThreeDAssetMappingWrite(node_id=nodes[2].id, asset_id=a.id))
out["mappings"] = [x.tree_index for x in client.three_d.asset_mappings.list(m.id, r.id)]
client.three_d.revisions.update_thumbnail(m.id, r.id, f.id)
out["file"] = client.three_d.files.retrieve(f.id).decode()
client.three_d.asset_mappings.delete(m.id, r.id, mapping)
client.three_d.models.delete(m.id)
out["models_left"] = len(client.three_d.models.list())

model = client.entity_matching.fit(
    sources=[{"id": 1, "name": "Pump 01"}], targets=[{"id": 10, "name": "pump-01"}, {"id": 11, "name": "x"}],
    feature_type="insensitive", external_id="em",
)
job = client.entity_matching.predict(id=model.id)
out["matches"] = [[m["target"]["id"] for m in i["matches"]] for i in job.get_result()["items"]]
client.entity_matching.refit(true_matches=[(1, 11)], id=model.id)
out["models"] = len(client.entity_matching.list())

client.raw.databases.create("a/b%c")
client.raw.tables.create("a/b%c", "t/1")
client.raw.rows.insert("a/b%c", "t/1", {"k/%1": {"x": 1}})
out["row"] = client.raw.rows.retrieve("a/b%c", "t/1", "k/%1").columns
out["tables"] = [t.name for t in client.raw.tables.list("a/b%c", limit=None)]
emit(out)
"""


def test_official_sdk_on_the_new_services(conformance_emulator: ServedEmulator, run_official: Any) -> None:  # noqa: F811
    out = run_official(SCRIPT)
    assert out == {
        "published": [True],
        "nodes": ["Plant", "Area AB76", "Pipe P-101", "Bend B-101", "Area AB77", "Pipe support S-201", "Valve V-201"],
        "filtered": ["Pipe P-101", "Valve V-201"],
        "mappings": [2],
        "file": "glb",
        "models_left": 0,
        "matches": [[10]],
        "models": 2,
        "row": {"x": 1},
        "tables": ["t/1"],
    }
