"""The examples in the client core's docstrings run (those not marked +SKIP)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "cognite.client._cognite_client",
    "cognite.client._sync",
    "cognite.client.config",
    "cognite.client.credentials",
    "cognite.client.exceptions",
    "cognite.client._http.concurrency",
    "cognite.client._http.logging",
    "cognite.client._http.request",
    "cognite.client._http.retry",
    "cognite.client._http.transport",
    "cognite.client._mechanisms.chunks",
    "cognite.client._mechanisms.identifiers",
    "cognite.client._mechanisms.paging",
    "cognite.client.utils",
    "cognite.client.utils._time",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0
