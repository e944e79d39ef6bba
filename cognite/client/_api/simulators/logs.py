"""``client.simulators.logs``: the logs of integrations, model revisions and runs (by their ``log_id``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

from cognite.client._api.simulators._base import SimulatorResourceAPI
from cognite.client.data_classes.simulators import SimulatorLog, SimulatorLogList

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


class SimulatorLogsAPI(SimulatorResourceAPI[SimulatorLog, SimulatorLogList]):
    """``client.simulators.logs``"""

    _RESOURCE_PATH = "/simulators/logs"
    _resource_cls = SimulatorLog
    _list_cls = SimulatorLogList

    @overload
    async def retrieve(self, ids: int, **options: Unpack[CallOptions]) -> SimulatorLog | None: ...
    @overload
    async def retrieve(self, ids: Sequence[int], **options: Unpack[CallOptions]) -> SimulatorLogList: ...
    async def retrieve(
        self, ids: int | Sequence[int], **options: Unpack[CallOptions]
    ) -> SimulatorLogList | SimulatorLog | None:
        """One log (None if unknown) or, for a list of ids, a list.

        Example:
            >>> model = client.simulators.models.retrieve(ids=1)  # doctest: +SKIP
            >>> logs = client.simulators.logs.retrieve(ids=model.log_id)  # doctest: +SKIP
        """
        return await self._by_ids(ids, None)
