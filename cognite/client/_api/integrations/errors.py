"""``client.integrations.errors``: the errors integrations reported."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client.data_classes.integrations import IntegrationError, IntegrationErrorList

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


class IntegrationErrorsAPI(ResourceAPI[IntegrationError, IntegrationErrorList]):
    """``client.integrations.errors``"""

    _RESOURCE_PATH = "/integrations/errors"
    _resource_cls = IntegrationError
    _list_cls = IntegrationErrorList

    async def list(
        self,
        external_id: str | None = None,
        task: str | None = None,
        min_start_time: int | None = None,
        max_end_time: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> IntegrationErrorList:
        """List errors, of one integration (and one of its tasks) if given, within a time span.

        Example:
            >>> res = client.integrations.errors.list(external_id="my-integration")  # doctest: +SKIP
        """
        if task is not None and external_id is None:
            raise ValueError("task needs external_id (the integration the task belongs to)")
        params: dict[str, Any] = {
            "externalId": external_id,
            "task": task,
            "minStartTime": min_start_time,
            "maxEndTime": max_end_time,
        }
        return await self._list_filtered(None, limit, method="GET", body=params, path=self._RESOURCE_PATH)
