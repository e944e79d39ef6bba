"""``client.data_modeling.statistics``: the project's data modeling usage and limits, and per-space counts."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor
from cognite.client._mechanisms.bulk import load_all, parse_json
from cognite.client.data_classes.data_modeling.statistics import (
    ProjectStatistics,
    SpaceStatistics,
    SpaceStatisticsList,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class StatisticsAPI(APIClient):
    """``client.data_modeling.statistics``"""

    _RESOURCE_PATH = "/models/statistics"

    spaces: Accessor[SpaceStatisticsAPI] = Accessor()

    async def project(self, **options: Unpack[CallOptions]) -> ProjectStatistics:
        """The project's counts and limits of spaces, containers, views, data models, properties and instances.

        Example:
            >>> stats = client.data_modeling.statistics.project()  # doctest: +SKIP
            >>> available = stats.data_models.limit - stats.data_models.count  # doctest: +SKIP
        """
        reply = parse_json((await self._get(self._RESOURCE_PATH)).content)
        return ProjectStatistics._load(reply, cognite_client=self._cognite_client)


class SpaceStatisticsAPI(APIClient):
    """``client.data_modeling.statistics.spaces``"""

    _RESOURCE_PATH = "/models/statistics/spaces"

    async def list(self, **options: Unpack[CallOptions]) -> SpaceStatisticsList:
        """The statistics of every space.

        Example:
            >>> stats = client.data_modeling.statistics.spaces.list()  # doctest: +SKIP
        """
        reply = parse_json((await self._get(self._RESOURCE_PATH)).content)
        return SpaceStatisticsList(load_all(SpaceStatistics._load, reply.get("items") or []))

    @overload
    async def retrieve(self, space: str, **options: Unpack[CallOptions]) -> SpaceStatistics | None: ...
    @overload
    async def retrieve(self, space: SequenceNotStr[str], **options: Unpack[CallOptions]) -> SpaceStatisticsList: ...
    async def retrieve(
        self, space: str | SequenceNotStr[str], **options: Unpack[CallOptions]
    ) -> SpaceStatistics | SpaceStatisticsList | None:
        """One space's statistics (None if the space does not exist) or, for a list of spaces, a list.

        Example:
            >>> stats = client.data_modeling.statistics.spaces.retrieve("my_space")  # doctest: +SKIP
        """
        spaces = [space] if isinstance(space, str) else list(space)
        if not spaces or not all(isinstance(s, str) for s in spaces):
            raise TypeError("space must be a string or a list of strings")
        items = await self._post_items(self._RESOURCE_PATH + "/byids", {"items": [{"space": s} for s in spaces]})
        found = SpaceStatisticsList(load_all(SpaceStatistics._load, items))
        if isinstance(space, str):
            return found[0] if found else None
        return found
