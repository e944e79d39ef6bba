"""Data modeling statistics: counts and limits of spaces, containers, views, data models and instances."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList
from cognite.client.data_classes._generated import (
    CountLimitFields,
    InstanceStatisticsFields,
    ProjectStatisticsFields,
    SpaceStatisticsFields,
)


class CountLimit(CountLimitFields):
    """How many there are of a kind, and how many the project may have.

    Example:
        >>> from cognite.client.data_classes.data_modeling.statistics import CountLimit
        >>> c = CountLimit(count=3, limit=100)
        >>> c.limit - c.count
        97
    """


class InstanceStatistics(InstanceStatisticsFields):
    """Counts and limits of nodes, edges and soft-deleted instances."""


class ProjectStatistics(ProjectStatisticsFields):
    """The data modeling usage and limits of the project."""


class SpaceStatistics(SpaceStatisticsFields):
    """Counts of one space's containers, views, data models, nodes and edges."""


class SpaceStatisticsList(CogniteResourceList[SpaceStatistics]):
    _RESOURCE = SpaceStatistics

    def get(self, space: str) -> SpaceStatistics | None:  # type: ignore[override]
        """The statistics of this space, or None."""
        return next((s for s in self if s.space == space), None)
