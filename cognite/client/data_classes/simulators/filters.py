"""List filters and sort keys of the simulator resources (fields from the spec's list-filter schemas)."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from typing_extensions import Self

from cognite.client.data_classes._generated import (
    SimulatorIntegrationFilterFields,
    SimulatorModelRevisionsFilterFields,
    SimulatorModelsFilterFields,
    SimulatorRoutineRevisionsFilterFields,
    SimulatorRoutinesFilterFields,
    SimulatorRunsFilterFields,
)
from cognite.client.data_classes._spec import to_camel


class SimulatorIntegrationFilter(SimulatorIntegrationFilterFields):
    """Filter simulator integrations by simulator and whether they are active."""


class SimulatorModelsFilter(SimulatorModelsFilterFields):
    """Filter simulator models by simulator."""


class SimulatorModelRevisionsFilter(SimulatorModelRevisionsFilterFields):
    """Filter model revisions by model, creation / update time; ``all_versions`` to include older revisions."""


class SimulatorRoutinesFilter(SimulatorRoutinesFilterFields):
    """Filter routines by model, integration and kind."""


class SimulatorRoutineRevisionsFilter(SimulatorRoutineRevisionsFilterFields):
    """Filter routine revisions by routine, model, integration, simulator, kind and creation time."""


class SimulatorRunsFilter(SimulatorRunsFilterFields):
    """Filter runs by status, type, the resources they ran and creation / simulation time."""


class PropertySort:
    """Sort a simulator resource list by a property (the wire sort names it as a string, not a path).

    Example:
        >>> from cognite.client.data_classes.simulators import PropertySort
        >>> PropertySort("created_time", "desc").dump()
        {'property': 'createdTime', 'order': 'desc'}
    """

    _PROPERTIES: ClassVar[tuple[str, ...]] = ("created_time",)

    def __init__(
        self, property: Literal["created_time"] = "created_time", order: Literal["asc", "desc"] = "asc"
    ) -> None:
        self.property = property
        self.order = order

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"property": to_camel(self.property) if camel_case else self.property, "order": self.order}

    @classmethod
    def load(cls, resource: Self | dict[str, Any]) -> Self:
        """A sort from itself or its wire form (``{"property": "createdTime", "order": "asc"}``)."""
        if isinstance(resource, cls):
            return resource
        if not isinstance(resource, dict):
            raise TypeError(f"sort must be a {cls.__name__} or a dict, not {type(resource).__name__}")
        sort = cls()
        sort.property = resource.get("property", "created_time")
        sort.order = resource.get("order", "asc")
        return sort

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.property!r}, {self.order!r})"


class SimulationRunsSort(PropertySort):
    """Sort simulation runs by creation or simulation time.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulationRunsSort
        >>> SimulationRunsSort("simulation_time").dump()
        {'property': 'simulationTime', 'order': 'asc'}
    """

    _PROPERTIES: ClassVar[tuple[str, ...]] = ("created_time", "simulation_time")

    def __init__(
        self,
        property: Literal["created_time", "simulation_time"] = "created_time",
        order: Literal["asc", "desc"] = "asc",
    ) -> None:
        self.property = property  # type: ignore[assignment]
        self.order = order


def dump_sort(sort: PropertySort | dict[str, Any] | None, kind: type[PropertySort] = PropertySort) -> list[Any] | None:
    """The wire ``sort`` list of one sort key (checked before sending), or None."""
    if sort is None:
        return None
    key = kind.load(sort)
    if key.order not in ("asc", "desc"):
        raise ValueError(f"sort order must be 'asc' or 'desc', not {key.order!r}")
    if key.property not in kind._PROPERTIES + tuple(to_camel(p) for p in kind._PROPERTIES):
        raise ValueError(f"{kind.__name__} sorts by {', '.join(kind._PROPERTIES)}, not {key.property!r}")
    return [{"property": to_camel(key.property), "order": key.order}]
