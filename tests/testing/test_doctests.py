"""The docstring examples of cognite.client.testing are run, so the documented usage keeps working."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "cognite.client.testing",
        "cognite.client.testing._mock",
        "cognite.client.testing._monkeypatch",
        "cognite.client.testing._spec",
        "cognite.client.testing.pytest_plugin",
    ],
)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0
