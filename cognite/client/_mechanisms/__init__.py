"""Shared mechanisms a resource API declares instead of re-implementing (all async; the sync client wraps them).

- `chunks`: split work into requests sent concurrently, with exact successful / failed / unknown / skipped
  accounting and one compound error (`run_chunks`, `run_chunks_report`, `chunked`).
- `paging`: cursor lists (limit None / -1 / inf = all, default 25, page size 1000), partitions "i/n", iteration in
  chunks (`collect`, `iterate`, `check_limit`).
- `upsert`: update first, then create what was missing, results in input order.
- `identifiers`: `{"id": ...}` / `{"externalId": ...}` / `{"instanceId": ...}` items from user arguments.

`cognite.client._api_client.APIClient` wires these to the client's transport for raw paths + dicts; a resource API
subclasses it, sets `_RESOURCE_PATH` (and limits), and passes a loader (dict -> data class) to each call:

    class LabelsAPI(APIClient):
        _RESOURCE_PATH = "/labels"

        async def create(self, labels):
            return await self._create_multiple(labels, load=Label._load, list_cls=LabelList)

The functions here only need a `send(chunk)` / `fetch(body)` callable, so they also work over generated operations.
"""
