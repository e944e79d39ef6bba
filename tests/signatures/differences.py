"""Accepted differences from the official SDK's signatures: exact lines of `test_signatures.py`'s report -> reason.

Every entry needs a reason a user can accept; an entry that no longer occurs fails the test (delete it).
"""

from __future__ import annotations

ALLOWED: dict[str, str] = {}

# Public methods allowed to return Any (test_no_any.py): "module.Class.method" -> reason.
ANY_ALLOWED: dict[str, str] = {
    "cognite.client.data_classes.raw.Row.__getitem__": "a RAW column holds any JSON value (official: Any too)",
    "cognite.client.data_classes.raw.Row.get": "a RAW column holds any JSON value (as Row.__getitem__)",
    "cognite.client.data_classes._capability_base.UnknownScope.__getitem__": "an unknown scope's raw JSON value",
    "cognite.client.data_classes.aggregations.UniqueResult.__getitem__": "the older dict form r['count'] / r['values']",
    "cognite.client._sync.SyncWrapper.__call__": "the runtime wrapper; type checkers see the generated Sync* twins",
    "cognite.client._sync_api._generated_api.SyncGeneratedAPI.call": "the parsed model of whichever spec operation is named at run time",
    "cognite.client._sync_api._generated_api.SyncGeneratedOperation.__call__": "the parsed model of a generic operation handle",
}
