"""``client.login.status()``, answered from token inspection (CDF's login/status endpoint is gone)."""

from __future__ import annotations

from typing import Any

from cognite.client._api_client import APIClient
from cognite.client.data_classes.login import LoginStatus


class LoginAPI(APIClient):
    """``client.login``"""

    async def status(self) -> LoginStatus:
        """Who the token belongs to and whether it reaches the configured project.

        Example:
            >>> client.login.status().project  # doctest: +SKIP
            'my-project'
        """
        client: Any = self._cognite_client  # resource APIs are attached from the registry at runtime
        info = await client.iam.token.inspect()
        projects = [p.url_name for p in info.projects or []]
        project = self._config.project
        return LoginStatus(
            user=info.subject, project=project, logged_in=project in projects, project_id=None, api_key_id=None
        )
