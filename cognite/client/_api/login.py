"""``client.login.status()``, answered from token inspection (CDF's login/status endpoint is gone)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cognite.client._api_client import APIClient
from cognite.client.data_classes.login import LoginStatus

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


class LoginAPI(APIClient):
    """``client.login``"""

    async def status(self, **options: Unpack[CallOptions]) -> LoginStatus:
        """Who the token belongs to and whether it reaches the configured project.

        Example:
            >>> client.login.status().project  # doctest: +SKIP
            'my-project'
        """
        info = await self._cognite_client.iam.token.inspect()
        projects = [p.url_name for p in info.projects or []]
        project = self._config.project
        return LoginStatus(
            user=info.subject, project=project, logged_in=project in projects, project_id=None, api_key_id=None
        )
