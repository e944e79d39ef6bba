"""Accepted differences from the official SDK's signatures: exact lines of `test_signatures.py`'s report -> reason.

Every entry needs a reason a user can accept; an entry that no longer occurs fails the test (delete it).
"""

from __future__ import annotations

ALLOWED: dict[str, str] = {
    "assets.__call__: parameter 'partitions' (POSITIONAL_OR_KEYWORD, default None) not in official (compatible)": "parallel iteration over CDF's partitioned cursors (last, so official calls mean the same)",
    "events.__call__: parameter 'partitions' (POSITIONAL_OR_KEYWORD, default None) not in official (compatible)": "as assets.__call__",
    "time_series.__call__: parameter 'partitions' (POSITIONAL_OR_KEYWORD, default None) not in official (compatible)": "as assets.__call__",
    "relationships.__call__: parameter 'partitions' (POSITIONAL_OR_KEYWORD, default None) not in official (compatible)": "as assets.__call__",
    "events.aggregate_unique_values: parameter 'fields' (POSITIONAL_OR_KEYWORD, default None) not in official (compatible)": "the older form aggregate_unique_values(fields=['type']) the seed examples use",
    "time_series.list: parameter 'include_metadata' (POSITIONAL_OR_KEYWORD, default True) not in official (compatible)": "older SDKs' option, used by the seed examples; the default keeps the official behaviour",
    "time_series.data.insert: parameter 'progress' (KEYWORD_ONLY, default False) not in official (compatible)": "an optional tqdm progress bar for long transfers (keyword-only, off by default)",
    "time_series.data.insert_multiple: parameter 'progress' (KEYWORD_ONLY, default False) not in official (compatible)": "as insert",
    "time_series.data.insert_dataframe: parameter 'progress' (KEYWORD_ONLY, default False) not in official (compatible)": "as insert",
    "time_series.data.retrieve: parameter 'progress' (KEYWORD_ONLY, default False) not in official (compatible)": "as insert",
    "time_series.data.retrieve_arrays: parameter 'progress' (KEYWORD_ONLY, default False) not in official (compatible)": "as insert",
    "time_series.data.retrieve_dataframe: parameter 'progress' (KEYWORD_ONLY, default False) not in official (compatible)": "as insert",
    "time_series.data.insert_dataframe: parameter 'external_id_headers' (KEYWORD_ONLY, default None) not in official (compatible)": "older SDKs' column-header switch (columns as external ids vs ids), used by the seed examples",
    "time_series.data.insert_dataframe: parameter 'instance_id_headers' (KEYWORD_ONLY, default False) not in official (compatible)": "columns named by instance ids, the counterpart of external_id_headers",
    "time_series.data.retrieve_dataframe: parameter 'complete' (KEYWORD_ONLY, default None) not in official (compatible)": "older SDKs' fill option (complete='fill'), used by the seed examples",
    "time_series.data.retrieve_dataframe: parameter 'column_names' (KEYWORD_ONLY, default 'external_id') not in official (compatible)": "name columns by id / external_id / instance_id, as older SDKs",
    "sequences.data.insert: parameter 'column_external_ids' (KEYWORD_ONLY, default None) not in official (compatible)": "the older name of columns=, used by the seed examples",
    "raw.tables.create: parameter 'ensure_parent' (KEYWORD_ONLY, default False) not in official (compatible)": "create the database too (CDF's ensureParent), as rows.insert has it",
}

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
