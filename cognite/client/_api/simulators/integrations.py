"""``client.simulators.integrations``: the connectors serving simulators."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api.simulators._base import SimulatorResourceAPI, str_list
from cognite.client.data_classes.simulators import (
    SimulatorIntegration,
    SimulatorIntegrationFilter,
    SimulatorIntegrationList,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class SimulatorIntegrationsAPI(SimulatorResourceAPI[SimulatorIntegration, SimulatorIntegrationList]):
    """``client.simulators.integrations``"""

    _RESOURCE_PATH = "/simulators/integrations"
    _resource_cls = SimulatorIntegration
    _list_cls = SimulatorIntegrationList

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        simulator_external_ids: str | SequenceNotStr[str] | None = None,
        active: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorIntegration]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        simulator_external_ids: str | SequenceNotStr[str] | None = None,
        active: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorIntegrationList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        simulator_external_ids: str | SequenceNotStr[str] | None = None,
        active: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorIntegration] | AsyncIterator[SimulatorIntegrationList]:
        """Iterate over simulator integrations, filtered like ``list``.

        Example:
            >>> for integration in client.simulators.integrations(active=True):  # doctest: +SKIP
            ...     integration.heartbeat
        """
        flt = SimulatorIntegrationFilter(str_list(simulator_external_ids), active)
        return self._filtered_iter(chunk_size, flt, None, limit)

    async def list(
        self,
        limit: int | None = DEFAULT_LIMIT_READ,
        simulator_external_ids: str | SequenceNotStr[str] | None = None,
        active: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorIntegrationList:
        """List simulator integrations, by simulator and whether they are active.

        Example:
            >>> res = client.simulators.integrations.list(simulator_external_ids=["DWSIM"], active=True)  # doctest: +SKIP
        """
        return await self._filtered(SimulatorIntegrationFilter(str_list(simulator_external_ids), active), None, limit)

    async def delete(
        self,
        ids: int | Sequence[int] | None = None,
        external_ids: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete simulator integrations.

        Example:
            >>> client.simulators.integrations.delete(ids=[1, 2, 3], external_ids="foo")  # doctest: +SKIP
        """
        await self._delete_by_ids(ids, external_ids)
