"""Login status (answered from token inspection)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResponse

__all__ = ["LoginStatus"]


class LoginStatus(CogniteResponse):
    """Who is logged in and to which project.

    Example:
        >>> from cognite.client.data_classes import LoginStatus
        >>> LoginStatus(user="me", project="demo", logged_in=True, project_id=1, api_key_id=None).project
        'demo'
    """

    _fields = ("user", "project", "logged_in", "project_id", "api_key_id")
    _positional = _fields
