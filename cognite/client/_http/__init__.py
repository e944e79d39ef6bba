"""The HTTP transport: one place where requests get auth, headers, gzip, concurrency limits and retries.

Modules: `transport` (CogniteTransport), `request` (OperationRequest, make_request), `retry` (what to retry, how long
to wait), `concurrency` (per-category semaphores), `pool` (httpx pools per event loop), `errors`, `logging`.
"""
