"""The examples in the emulator's docstrings run as written."""

from __future__ import annotations

import doctest
import importlib

import pytest

from cognite.emulator.validation import spec_available

MODULES = [
    "cognite.emulator",
    "cognite.emulator.emulator",
    "cognite.emulator.faults",
    "cognite.emulator.requestlog",
    "cognite.emulator.ids",
    "cognite.emulator.auth",
    "cognite.emulator.transport",
    "cognite.emulator.validation",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    if name.endswith("validation") and not spec_available():
        pytest.skip("the OpenAPI spec is missing (make fetch-spec)")
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
