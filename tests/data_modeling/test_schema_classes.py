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
