"""The CDF content the seed-003 examples presume, created through the SDK in a fresh emulator.

The examples use literal ids (``id=1``, ``ids=[1, 2, 3]``) and external ids (``"1"``, ``"abc"``, ``"3"``). The
emulator normally draws random ids, so while seeding, its id generator is swapped for a counter restarted per
resource type: the n-th created item of each type gets id n (ids are per resource type in CDF as well).
Per resource: ids 1, 2, 3 carry external ids "1", "2", "x3"; id 4 is "3" and ids 5, 6 are "abc", "def" (so
``delete(id=[1, 2, 3], external_id="3")`` names four distinct items).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cognite.client import CogniteClient
from cognite.client.data_classes import (
    Asset,
    DataSet,
    Event,
    ExtractionPipeline,
    ExtractionPipelineRun,
    Group,
    LabelDefinition,
    Relationship,
    SecurityCategory,
    Sequence,
    ThreeDAssetMapping,
    ThreeDModelRevision,
    TimeSeries,
)
from cognite.emulator.resources.threed_nodes import DEFAULT_TREE

XIDS = ["1", "2", "x3", "3", "abc", "def"]
LABELS = ["PUMP", "VERIFIED", "VALVE", "WELL LOG", "big_pump", "small_pump"]


class _Counter:
    def __init__(self) -> None:
        self.n = 1

    def next(self) -> int:
        value = self.n
        self.n += 1
        return value

    def reserve(self, value: int) -> None:
        self.n = max(self.n, value + 1)


@contextmanager
def sequential_ids(emulator: Any) -> Iterator[_Counter]:
    original = emulator.ids
    counter = _Counter()
    emulator.ids = counter
    try:
        yield counter
    finally:
        emulator.ids = original
        for n in range(1, max(counter.n, 1235)):  # keep later random ids clear of the seeded ones
            original.reserve(n)


def seed(client: CogniteClient, emulator: Any, skip: frozenset[str] = frozenset()) -> None:
    """Create the fixture content; ``skip`` names items an example creates itself (e.g. ``label:PUMP``)."""
    c = client
    with sequential_ids(emulator) as ids:
        c.labels.create([LabelDefinition(external_id=x, name=x) for x in LABELS if f"label:{x}" not in skip])

        ids.n = 1
        c.data_sets.create([DataSet(external_id=x, name=f"data set {x}") for x in XIDS[:4]])
        c.data_sets.create([DataSet(external_id=x, name=f"data set {x}") for x in XIDS[4:]])
        ids.n = 1234
        c.data_sets.create(DataSet(external_id="ds-1234", name="data set 1234"))

        ids.n = 1
        assets = [Asset(external_id=x, name=f"asset {x}", source="some source") for x in XIDS]
        assets[0].labels = None if "label:PUMP" in skip else ["PUMP"]
        if "assets:xids" in skip:  # the example builds its own hierarchy with these external ids
            assets = [Asset(external_id=f"other-{x}", name=f"asset {x}") for x in XIDS]
        assets += [
            Asset(external_id="some-external-id", name="subtree root"),
            Asset(external_id="pump-1", name="pump", parent_external_id="some-external-id"),
        ]
        c.assets.create(assets)
        ids.n = 123
        c.assets.create(Asset(external_id="a123", name="asset 123"))

        ids.n = 1
        c.events.create(
            [
                Event(
                    external_id=x,
                    type="failure",
                    subtype="leak",
                    description="some description",
                    start_time=1_000_000 * (i + 1),
                    end_time=1_000_000 * (i + 2),
                    asset_ids=[8],
                )
                for i, x in enumerate(XIDS)
            ]
        )

        ids.n = 1
        c.time_series.create([TimeSeries(external_id=x, name=f"ts {x}", unit="kpa", asset_id=8) for x in XIDS])

        ids.n = 1
        for i, x in enumerate(XIDS):
            c.files.upload_bytes(f"content {x}".encode(), name=f"file-{i + 1}.txt", external_id=x, asset_ids=[8])
        ids.n = 123
        c.files.upload_bytes(b"content 123", name="file-123.txt", external_id="f123")

        # 3D: model 1, published revision 1 (of file 1) whose nodes are DEFAULT_TREE numbered 1..7, node 1 -> asset 1
        ids.n = 1
        c.three_d.models.create(name="model 1")
        ids.n = 1
        c.three_d.revisions.create(model_id=1, revision=ThreeDModelRevision(file_id=1, published=True))
        tree = [
            {"id": n + 1, "name": name, "parentId": None if parent is None else parent + 1, "properties": props}
            for n, (name, parent, props) in enumerate(DEFAULT_TREE)
        ]
        emulator.resource("3d_nodes").set_nodes(1, 1, tree)
        c.three_d.asset_mappings.create(1, 1, ThreeDAssetMapping(node_id=1, asset_id=1))

        # the emulator also numbers sequence columns, from the same generator, before the sequence itself
        def create_sequence(seq_id: int, xid: str, columns: list[dict[str, str]]) -> None:
            ids.n = seq_id - len(columns)
            created = c.sequences.create(Sequence(external_id=xid, name=f"seq {xid}", columns=columns))
            assert created.id == seq_id, (created.id, seq_id)

        # the sequence-data examples' id=0 (CDF ids start at 1; the tests map it to 100)
        create_sequence(
            100,
            "seq0",
            [{"externalId": "columnExtId", "valueType": "DOUBLE"}, {"externalId": "other", "valueType": "STRING"}],
        )
        cols = [
            {"externalId": "col_a", "valueType": "STRING"},
            {"externalId": "col_b", "valueType": "DOUBLE"},
            {"externalId": "stringColumn", "valueType": "STRING"},
            {"externalId": "intColumn", "valueType": "LONG"},
        ]
        for i, x in enumerate(XIDS):
            create_sequence(i + 1, x, cols)
        create_sequence(
            123, "s123", [{"externalId": "x", "valueType": "DOUBLE"}, {"externalId": "y", "valueType": "LONG"}]
        )
        c.sequences.data.insert({r: [float(r), f"v{r}"] for r in range(30)}, ["columnExtId", "other"], id=100)
        c.sequences.data.insert({r: [f"a{r}", r / 2] for r in range(11)}, ["col_a", "col_b"], id=2)
        c.sequences.data.insert({r: [r * 1.5, r] for r in range(5)}, ["x", "y"], id=123)

        if "raw:db1" not in skip:
            c.raw.databases.create("db1")
            tables = ["t1", "table1", "table2"] if "raw:table1" not in skip else ["t1", "table2"]
            if "raw:db1-tables" not in skip:
                c.raw.tables.create("db1", tables)
            for t in tables if "raw:db1-tables" not in skip else []:
                c.raw.rows.insert("db1", t, {k: {"col1": f"{k}-1", "col2": f"{k}-2"} for k in ("k1", "k2", "k3")})
        c.raw.databases.create("db2")

        rel = {"source_type": "asset", "target_type": "event", "source_external_id": "1", "target_external_id": "1"}
        rel_xids = ["1", "abc", "def", "flow1", "a", "b"] + ([] if "relationship:flow_1" in skip else ["flow_1"])
        c.relationships.create([Relationship(external_id=x, confidence=0.5, **rel) for x in rel_xids])

        ids.n = 1
        c.iam.groups.create(
            Group(name="group 1", capabilities=[{"groupsAcl": {"actions": ["LIST"], "scope": {"all": {}}}}])
        )
        ids.n = 1
        c.iam.security_categories.create(SecurityCategory(name="category 1"))

        ids.n = 1
        c.extraction_pipelines.create(
            [ExtractionPipeline(external_id=x, name=f"pipe {x}", data_set_id=1) for x in XIDS]
        )
        c.extraction_pipelines.create(
            [ExtractionPipeline(external_id=x, name=x, data_set_id=1) for x in ("test ext id", "extId")]
        )
        c.extraction_pipelines.runs.create(
            [ExtractionPipelineRun(extpipe_external_id="test ext id", status=s) for s in ("seen", "success")]
        )
