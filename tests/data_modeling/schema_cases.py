# ruff: noqa: F403, F405  (the same star imports resolve to our SDK or the official one)
"""Schema data-class cases, built the same way by our SDK and by the official one (run this file with the official
SDK from outside the repository to re-record `data/schema_official_dumps.json`)."""

from __future__ import annotations

import json

from cognite.client.data_classes.data_modeling import *
from cognite.client.data_classes.data_modeling import data_types as dt
from cognite.client.data_classes.data_modeling.containers import *
from cognite.client.data_classes.data_modeling.views import *


def cases() -> dict:
    return {
        "container_apply": ContainerApply(
            "s",
            "c",
            {
                "a": ContainerPropertyApply(
                    dt.Text(is_list=True, max_list_size=5, collation="ucs_basic"),
                    nullable=False,
                    name="A",
                    description="d",
                    immutable=True,
                ),
                "b": ContainerPropertyApply(dt.Enum({"x": dt.EnumValue("X", "an x")}, unknown_value="x")),
                "c": ContainerPropertyApply(dt.DirectRelation(container=ContainerId("s", "o"))),
                "d": ContainerPropertyApply(dt.Float32(unit=dt.UnitReference("temperature:deg_c", "°C"))),
                "e": ContainerPropertyApply(dt.TimeSeriesReference()),
                "f": ContainerPropertyApply(dt.FileReference(is_list=True)),
                "g": ContainerPropertyApply(dt.SequenceReference()),
                "h": ContainerPropertyApply(dt.Json()),
                "i": ContainerPropertyApply(dt.Timestamp()),
                "j": ContainerPropertyApply(dt.Date()),
                "k": ContainerPropertyApply(dt.Boolean()),
                "l": ContainerPropertyApply(dt.Int32(), auto_increment=True, default_value=3),
            },
            description="desc",
            name="C",
            constraints={"u": UniquenessConstraintApply(["a"]), "r": RequiresConstraintApply(ContainerId("s", "o"))},
            indexes={"i": BTreeIndexApply(["a"], cursorable=True), "j": InvertedIndexApply(["f"])},
            used_for="node",
        ),
        "view_apply": ViewApply(
            "s",
            "v",
            "1",
            description="d",
            name="V",
            implements=[ViewId("s", "base", "1")],
            properties={
                "m": MappedPropertyApply(
                    ContainerId("s", "c"), "a", name="M", description="md", source=ViewId("s", "t", "1")
                ),
                "se": SingleEdgeConnectionApply(
                    DirectRelationReference("s", "t"),
                    ViewId("s", "t", "1"),
                    name="n",
                    edge_source=ViewId("s", "es", "1"),
                    direction="inwards",
                ),
                "me": MultiEdgeConnectionApply(DirectRelationReference("s", "t"), ViewId("s", "t", "1")),
                "sr": SingleReverseDirectRelationApply(ViewId("s", "t", "1"), PropertyId(ViewId("s", "t", "1"), "p")),
                "mr": MultiReverseDirectRelationApply(
                    ViewId("s", "t", "1"), PropertyId(ContainerId("s", "c"), "p"), name="x"
                ),
            },
        ),
        "data_model_apply": DataModelApply("s", "dm", "1", description="d", name="DM", views=[ViewId("s", "v", "1")]),
        "space_apply": SpaceApply("s", description="d", name="S"),
    }


CLS_OF = {
    "container_apply": ContainerApply,
    "view_apply": ViewApply,
    "data_model_apply": DataModelApply,
    "space_apply": SpaceApply,
}


def record() -> dict:
    out = {}
    for name, obj in cases().items():
        wire = obj.dump()
        reloaded = CLS_OF[name].load(wire).dump()
        out[name] = {
            "class": type(obj).__name__,
            "dump": wire,
            "snake": obj.dump(camel_case=False),
            "reloaded": reloaded,
        }
    return out


if __name__ == "__main__":
    print(json.dumps(record(), indent=1, ensure_ascii=False))
