"""Simulators API: ``client.simulators`` (list the simulators) and its children -- integrations, models (and their
revisions), routines (and their revisions), runs and logs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api.simulators._base import SimulatorResourceAPI
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.simulators import Simulator, SimulatorList

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api.simulators.integrations import SimulatorIntegrationsAPI
    from cognite.client._api.simulators.logs import SimulatorLogsAPI
    from cognite.client._api.simulators.models import SimulatorModelsAPI
    from cognite.client._api.simulators.routines import SimulatorRoutinesAPI
    from cognite.client._api.simulators.runs import SimulatorRunsAPI
    from cognite.client._api_client import CallOptions


class SimulatorsAPI(SimulatorResourceAPI[Simulator, SimulatorList]):
    """``client.simulators``"""

    _RESOURCE_PATH = "/simulators"
    _resource_cls = Simulator
    _list_cls = SimulatorList

    integrations: Accessor[SimulatorIntegrationsAPI] = Accessor()
    models: Accessor[SimulatorModelsAPI] = Accessor()
    routines: Accessor[SimulatorRoutinesAPI] = Accessor()
    runs: Accessor[SimulatorRunsAPI] = Accessor()
    logs: Accessor[SimulatorLogsAPI] = Accessor()

    @overload
    def __call__(
        self, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Simulator]: ...
    @overload
    def __call__(
        self, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[SimulatorList]: ...
    def __call__(
        self, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[Simulator] | AsyncIterator[SimulatorList]:
        """Iterate over the simulators (or lists of ``chunk_size``).

        Example:
            >>> for simulator in client.simulators():  # doctest: +SKIP
            ...     simulator.name
        """
        return self._iterate(chunk_size, None, limit)

    async def list(self, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]) -> SimulatorList:
        """List the simulators of the project.

        Example:
            >>> res = client.simulators.list(limit=10)  # doctest: +SKIP
        """
        return await self._list_filtered(None, limit)
