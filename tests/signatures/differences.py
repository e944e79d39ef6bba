"""Accepted differences from the official SDK's signatures: exact lines of `test_signatures.py`'s report -> reason.

Every entry needs a reason a user can accept; an entry that no longer occurs fails the test (delete it).
"""

from __future__ import annotations

ALLOWED: dict[str, str] = {}

# Public methods allowed to return Any (test_no_any.py): "module.Class.method" -> reason.
ANY_ALLOWED: dict[str, str] = {
    "cognite.client.data_classes.raw.Row.__getitem__": "a RAW column holds any JSON value (official: Any too)",
}
