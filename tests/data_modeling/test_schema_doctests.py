"""The docstring examples of the data modeling schema modules run (live-client ones are ``+SKIP``)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    *(
        f"cognite.client.data_classes.data_modeling.{m}"
        for m in ("ids", "data_types", "containers", "views", "spaces", "data_models")
    ),
    *(f"cognite.client._api.data_modeling.{m}" for m in ("spaces", "containers", "views", "data_models")),
]


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
