"""The docstring examples of the instance data classes, the filters and the aggregations run."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize(
    "name",
    [
        "cognite.client.data_classes.data_modeling.instances",
        "cognite.client.data_classes.filters",
        "cognite.client.data_classes.aggregations",
    ],
)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
