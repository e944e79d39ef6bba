"""Spaces (write ``SpaceApply`` and read ``Space``), as in the official SDK.

Example:
    >>> from cognite.client.data_classes.data_modeling import SpaceApply
    >>> SpaceApply("my_space", name="My space").dump()
    {'space': 'my_space', 'name': 'My space'}
"""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes.data_modeling._schema_base import SchemaResource


class SpaceCore(SchemaResource):
    space: str
    description: str | None
    name: str | None


class SpaceApply(SpaceCore):
    def __init__(self, space: str, description: str | None = None, name: str | None = None) -> None:
        self._init(locals())

    def as_write(self) -> SpaceApply:
        return self


class Space(SpaceCore):
    is_global: bool
    last_updated_time: int
    created_time: int

    def __init__(
        self,
        space: str,
        is_global: bool,
        last_updated_time: int,
        created_time: int,
        description: str | None = None,
        name: str | None = None,
    ) -> None:
        self._init(locals())

    def as_apply(self) -> SpaceApply:
        return SpaceApply(self.space, self.description, self.name)

    def as_write(self) -> SpaceApply:  # type: ignore[override]
        return self.as_apply()


class SpaceApplyList(CogniteResourceList[SpaceApply]):
    _RESOURCE = SpaceApply

    def as_ids(self) -> list[str]:  # type: ignore[override]
        return [s.space for s in self]


class SpaceList(WriteableCogniteResourceList[Space, SpaceApplyList]):
    _RESOURCE = Space

    def as_ids(self) -> list[str]:  # type: ignore[override]
        return [s.space for s in self]

    def as_apply(self) -> SpaceApplyList:
        return SpaceApplyList([s.as_apply() for s in self])

    def get(self, space: str) -> Space | None:  # type: ignore[override]
        return next((s for s in self if s.space == space), None)
