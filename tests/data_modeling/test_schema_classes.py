"""Schema data classes built as in the official SDK dump (and reload) exactly as its classes do
(`data/schema_official_dumps.json`, recorded with the official SDK from `schema_cases.py`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.data_modeling.schema_cases import record

OFFICIAL = json.loads((Path(__file__).parent / "data" / "schema_official_dumps.json").read_text())
OURS = record()


@pytest.mark.parametrize("case", sorted(OFFICIAL))
@pytest.mark.parametrize("form", ["dump", "reloaded", "snake"])
def test_dumps_match_the_official_sdk(case: str, form: str) -> None:
    assert OURS[case]["class"] == OFFICIAL[case]["class"]
    assert OURS[case][form] == OFFICIAL[case][form]


def test_a_read_property_where_a_write_one_belongs_is_converted_or_rejected_clearly() -> None:
    from cognite.client.data_classes.data_modeling import ContainerApply, ContainerProperty, ContainerPropertyApply
    from cognite.client.data_classes.data_modeling.data_types import Text
    from cognite.client.data_classes.data_modeling.views import MappedProperty

    c = ContainerApply("s", "C", {"name": ContainerProperty(Text())})  # type: ignore[dict-item]
    assert isinstance(c.properties["name"], ContainerPropertyApply)
    assert c.dump()["properties"]["name"]["type"]["type"] == "text"
    with pytest.raises(TypeError, match="Expected ContainerPropertyApply"):
        ContainerApply("s", "C", {"name": MappedProperty.__new__(MappedProperty)})  # type: ignore[dict-item]
