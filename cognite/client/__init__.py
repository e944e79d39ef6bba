"""Cognite Data Fusion Python SDK: `CogniteClient` (blocking) and `AsyncCogniteClient` (async) over one transport.

Example:
    >>> from cognite.client import CogniteClient, ClientConfig, global_config
    >>> from cognite.client.credentials import Token
"""

# First: httpx is imported without its CLI (rich, click, pygments) before any module below imports it.
import cognite.client._httpx_without_cli  # noqa: F401  # isort: split
from cognite.client._cognite_client import AsyncCogniteClient, CogniteClient
from cognite.client._version import __version__
from cognite.client.config import ClientConfig, global_config

__all__ = ["AsyncCogniteClient", "ClientConfig", "CogniteClient", "__version__", "global_config"]
