"""The docstring examples of the data classes and resource APIs are run (those needing a live client are marked
``+SKIP`` in the docstring), so the documented usage keeps working."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import cognite.client._api as api_pkg
import cognite.client.data_classes as dc_pkg

MINE = [
    f"{pkg.__name__}.{m.name}"
    for pkg in (dc_pkg, api_pkg)
    for m in pkgutil.iter_modules(pkg.__path__)
    if not m.name.startswith(("datapoints", "synthetic"))  # the datapoints area's modules
]


@pytest.mark.parametrize("module", MINE)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
