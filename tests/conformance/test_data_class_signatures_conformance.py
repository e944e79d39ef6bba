"""Data-class constructors take the official SDK's parameters in the official order (positional calls mean the
same), and the official ``*WriteList`` classes exist. The official signatures are read from the official SDK."""

from __future__ import annotations

import importlib
import inspect

import cognite.client.data_classes as dc
from openapi.data_class_table import DATA_CLASSES

SCRIPT = """
import importlib
import inspect
import cognite.client.data_classes as dc
out = {}
for name, module in PARAMS["names"]:
    cls = getattr(importlib.import_module("cognite.client.data_classes" + module), name, None)
    if cls is None:
        continue
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    out[name] = [p.name for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
emit({"signatures": out, "write_lists": sorted(n for n in dir(dc) if n.endswith("WriteList"))})
"""


def test_constructors_follow_the_official_parameter_order(run_official) -> None:
    # a class of an area module (``data_classes.postgres_gateway.RawTable``) is compared with the official one there
    modules = {d.name: f".{d.module}" if d.module else "" for d in DATA_CLASSES}
    official = run_official(SCRIPT, names=list(modules.items()))
    assert len(official["signatures"]) > 40
    for name, params in official["signatures"].items():
        cls = getattr(importlib.import_module("cognite.client.data_classes" + modules[name]), name)
        ours = list(inspect.signature(cls.__init__).parameters.values())[1:]
        positional = [p.name for p in ours if p.kind == p.POSITIONAL_OR_KEYWORD]
        assert positional[: len(params)] == params, name


def test_the_official_write_lists_exist(run_official) -> None:
    official = run_official(SCRIPT, names=[])
    ours = {n for n in dc.__all__ if n.endswith("WriteList")}
    covered = {f"{d.write_class}List" for d in DATA_CLASSES if d.write_class}
    assert {n for n in official["write_lists"] if n in covered} <= ours
    assert len(ours) >= 15
