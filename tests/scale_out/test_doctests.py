"""The scale-out modules' docstring examples run (the Spark/Dask ones needing a cluster are marked +SKIP)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["options", "plan", "schemas", "write", "windows", "read", "dask", "spark"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(f"cognite.client.scale_out.{name}")
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


def test_the_core_client_does_not_import_the_extras() -> None:
    import subprocess
    import sys

    code = "import sys, cognite.client; print(any(m.split('.')[0] in ('pyspark', 'dask') for m in sys.modules))"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )
