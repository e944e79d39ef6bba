"""Test helpers for code that uses the SDK.

- `CogniteClientMock` / `AsyncCogniteClientMock`: mocks with the clients' exact API surface (autospec).
- `monkeypatch_cognite_client()` / `monkeypatch_async_cognite_client()`: make `CogniteClient(...)` return a mock.
- `cognite.client.testing.pytest_plugin`: the `cognite_client` and `async_cognite_client` fixtures, bound to a fresh
  in-process CDF emulator per test (registered with pytest automatically when the SDK is installed).

Example:
    >>> from cognite.client.testing import CogniteClientMock
    >>> client = CogniteClientMock()
    >>> client.time_series.data.retrieve_dataframe.return_value = None
    >>> client.time_series.data.retrieve_dataframe(external_id="x", start=0, end="now") is None
    True
"""

from cognite.client.testing._mock import AsyncCogniteClientMock, CogniteClientMock
from cognite.client.testing._monkeypatch import monkeypatch_async_cognite_client, monkeypatch_cognite_client

__all__ = [
    "AsyncCogniteClientMock",
    "CogniteClientMock",
    "monkeypatch_async_cognite_client",
    "monkeypatch_cognite_client",
]
