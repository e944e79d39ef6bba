"""Login status (answered from token inspection)."""

from __future__ import annotations

from cognite.client.data_classes._generated import (
    LoginStatusFields,
)

__all__ = ["LoginStatus"]


class LoginStatus(LoginStatusFields):
    """Who is logged in and to which project.

    Example:
        >>> from cognite.client.data_classes import LoginStatus
        >>> LoginStatus(user="me", project="demo", logged_in=True, project_id=1, api_key_id=None).project
        'demo'
    """
