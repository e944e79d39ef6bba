"""The generated constraint table, loaded once: create path -> {maxItems, required, fields: name -> rules}."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

_TABLE = Path(__file__).with_name("_spec_limits.json")


@functools.cache
def limits() -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = json.loads(_TABLE.read_text())
    return table


def rules_for(path: str) -> dict[str, Any] | None:
    """The constraints of the items created at `path` (a ResourceAPI `_RESOURCE_PATH`), if the table has them."""
    return limits().get(path)
