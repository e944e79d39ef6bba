"""The docstring examples of the 3D, entity-matching and encoded-path modules run as written."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["cognite.emulator.routing", "cognite.emulator.matching", "cognite.emulator.resources.threed_nodes"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
