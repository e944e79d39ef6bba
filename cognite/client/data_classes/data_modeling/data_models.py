"""Data models (write ``DataModelApply`` and read ``DataModel``), as in the official SDK.

A data model's ``views`` are view ids, or whole views when listed / retrieved with ``inline_views=True``.

Example:
    >>> from cognite.client.data_classes.data_modeling import DataModelApply, ViewId
    >>> DataModelApply("my_space", "Plant", "v1", views=[ViewId("my_space", "Pump", "v1")]).dump()["views"]
    [{'space': 'my_space', 'externalId': 'Pump', 'version': 'v1', 'type': 'view'}]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Literal, TypeVar

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes.data_modeling._schema_base import SchemaResource
from cognite.client.data_classes.data_modeling.ids import DataModelId, ViewId
from cognite.client.data_classes.data_modeling.views import View, ViewApply

T_View = TypeVar("T_View", bound="ViewId | View")


def _view_or_id(value: Any, view_cls: type[View] | type[ViewApply]) -> Any:
    if isinstance(value, (ViewId, View, ViewApply)):
        return value
    if isinstance(value, dict) and "properties" not in value and value.get("type") == "view":
        return ViewId.load(value)
    if isinstance(value, tuple):
        return ViewId.load(value)
    return view_cls._load(value)


def _load_views(values: Sequence[Any]) -> list[Any]:
    return [_view_or_id(v, View) for v in values]


def _load_apply_views(values: Sequence[Any]) -> list[Any]:
    return [_view_or_id(v, ViewApply) for v in values]


class DataModelCore(SchemaResource):
    space: str
    external_id: str
    version: str
    description: str | None
    name: str | None

    def as_id(self) -> DataModelId:
        return DataModelId(self.space, self.external_id, self.version)


class DataModelApply(DataModelCore):
    views: list[ViewId | ViewApply] | None
    _nested: ClassVar[dict[str, Any]] = {"views": _load_apply_views}

    def __init__(
        self,
        space: str,
        external_id: str,
        version: str,
        description: str | None = None,
        name: str | None = None,
        views: Sequence[ViewId | ViewApply] | None = None,
    ) -> None:
        views = list(views) if views is not None else None
        self._init(locals())

    def as_write(self) -> DataModelApply:
        return self


class DataModel(DataModelCore, Generic[T_View]):
    views: list[T_View] | None
    is_global: bool
    last_updated_time: int
    created_time: int
    _nested: ClassVar[dict[str, Any]] = {"views": _load_views}

    def __init__(
        self,
        space: str,
        external_id: str,
        version: str,
        is_global: bool,
        last_updated_time: int,
        created_time: int,
        description: str | None,
        name: str | None,
        views: list[T_View] | None,
    ) -> None:
        self._init(locals())

    def as_apply(self) -> DataModelApply:
        views: list[ViewId | ViewApply] = [v.as_apply() if isinstance(v, View) else v for v in self.views or []]
        return DataModelApply(self.space, self.external_id, self.version, self.description, self.name, views)

    def as_write(self) -> DataModelApply:  # type: ignore[override]
        return self.as_apply()


class DataModelApplyList(CogniteResourceList[DataModelApply]):
    _RESOURCE = DataModelApply

    def as_ids(self) -> list[DataModelId]:  # type: ignore[override]
        return [d.as_id() for d in self]


class DataModelList(WriteableCogniteResourceList[DataModel[T_View], DataModelApplyList], Generic[T_View]):
    _RESOURCE = DataModel

    def as_ids(self) -> list[DataModelId]:  # type: ignore[override]
        return [d.as_id() for d in self]

    def as_apply(self) -> DataModelApplyList:
        return DataModelApplyList([d.as_apply() for d in self])

    def latest_version(self, key: Literal["created_time", "last_updated_time"] = "created_time") -> DataModel[T_View]:
        if not self:
            raise ValueError("No data models in the list")
        return max(self, key=lambda d: getattr(d, key) or 0)


@dataclass
class DataModelsSort:
    property: Literal["space", "external_id", "name", "description", "version", "created_time", "last_updated_time"]
    direction: Literal["ascending", "descending"] = "ascending"
    nulls_first: bool = False
