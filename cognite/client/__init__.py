"""Cognite Data Fusion Python SDK: `CogniteClient` (blocking) and `AsyncCogniteClient` (async) over one transport.

Example:
    >>> from cognite.client import CogniteClient, ClientConfig, global_config
    >>> from cognite.client.credentials import Token
"""

from cognite.client._cognite_client import AsyncCogniteClient, CogniteClient
from cognite.client._version import __version__
from cognite.client.config import ClientConfig, global_config

__all__ = ["AsyncCogniteClient", "ClientConfig", "CogniteClient", "__version__", "global_config"]
