"""Errors integrations report (per task, with their level and time span)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes._generated import IntegrationErrorFields


class IntegrationError(IntegrationErrorFields):
    """An error reported by an integration.

    Example:
        >>> from cognite.client.data_classes.integrations import IntegrationError
        >>> IntegrationError("my-integration", "error", "Source unreachable", 0).level
        'error'
    """


class IntegrationErrorList(CogniteResourceList[IntegrationError]):
    _RESOURCE = IntegrationError
