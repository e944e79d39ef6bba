"""Containers: their properties, constraints and indexes (write ``...Apply`` and read classes), as in the official SDK.

Example:
    >>> from cognite.client.data_classes.data_modeling import ContainerApply, ContainerPropertyApply
    >>> from cognite.client.data_classes.data_modeling.data_types import Text
    >>> ContainerApply("my_space", "Pump", {"name": ContainerPropertyApply(Text())}).dump()["properties"]["name"]["type"]
    {'list': False, 'collation': 'ucs_basic', 'type': 'text'}
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes.data_modeling._schema_base import SchemaResource, load_map
from cognite.client.data_classes.data_modeling.data_types import PropertyType
from cognite.client.data_classes.data_modeling.ids import ContainerId

ContainerUsedFor = Literal["node", "edge", "all", "record"]
ConstraintState = Literal["current", "failed", "pending"]


class PropertyConstraintState(SchemaResource):
    nullability: ConstraintState | None
    max_list_size: ConstraintState | None
    max_text_size: ConstraintState | None

    def __init__(
        self,
        nullability: ConstraintState | None = None,
        max_list_size: ConstraintState | None = None,
        max_text_size: ConstraintState | None = None,
    ) -> None:
        self._init(locals())


class ContainerPropertyCore(SchemaResource):
    type: PropertyType
    nullable: bool
    auto_increment: bool
    name: str | None
    default_value: str | int | float | bool | dict | None
    description: str | None
    immutable: bool
    _nested: ClassVar[dict[str, Any]] = {"type": PropertyType._load}


class ContainerPropertyApply(ContainerPropertyCore):
    def __init__(
        self,
        type: PropertyType,
        nullable: bool = True,
        auto_increment: bool = False,
        name: str | None = None,
        default_value: str | int | float | bool | dict | None = None,
        description: str | None = None,
        immutable: bool = False,
    ) -> None:
        self._init(locals())

    def as_write(self) -> ContainerPropertyApply:
        return self


class ContainerProperty(ContainerPropertyCore):
    constraint_state: PropertyConstraintState | None
    _nested: ClassVar[dict[str, Any]] = {"type": PropertyType._load, "constraint_state": PropertyConstraintState._load}

    def __init__(
        self,
        type: PropertyType,
        nullable: bool = True,
        auto_increment: bool = False,
        name: str | None = None,
        default_value: str | int | float | bool | dict | None = None,
        description: str | None = None,
        immutable: bool = False,
        constraint_state: PropertyConstraintState | None = None,
    ) -> None:
        self._init(locals())

    def as_apply(self) -> ContainerPropertyApply:
        return ContainerPropertyApply(
            self.type,
            self.nullable,
            self.auto_increment,
            self.name,
            self.default_value,
            self.description,
            self.immutable,
        )

    def as_write(self) -> ContainerPropertyApply:  # type: ignore[override]
        return self.as_apply()


# -- constraints -------------------------------------------------------------------------------------------------
class ConstraintCore(SchemaResource):
    pass


class ConstraintApply(ConstraintCore):
    _family: ClassVar[dict[str, type[SchemaResource]] | None] = {}


class Constraint(ConstraintCore):
    _family: ClassVar[dict[str, type[SchemaResource]] | None] = {}
    state: ConstraintState | None


class RequiresConstraintApply(ConstraintApply):
    _discriminator = ("constraintType", "requires")
    require: ContainerId
    _nested: ClassVar[dict[str, Any]] = {"require": ContainerId.load}

    def __init__(self, require: ContainerId) -> None:
        self._init(locals())


class UniquenessConstraintApply(ConstraintApply):
    _discriminator = ("constraintType", "uniqueness")
    properties: list[str]

    def __init__(self, properties: list[str]) -> None:
        self._init(locals())


class RequiresConstraint(Constraint):
    _discriminator = ("constraintType", "requires")
    require: ContainerId
    _nested: ClassVar[dict[str, Any]] = {"require": ContainerId.load}

    def __init__(self, state: ConstraintState | None = None, *, require: ContainerId) -> None:
        self._init(locals())

    def as_apply(self) -> RequiresConstraintApply:
        return RequiresConstraintApply(self.require)


class UniquenessConstraint(Constraint):
    _discriminator = ("constraintType", "uniqueness")
    properties: list[str]

    def __init__(self, state: ConstraintState | None = None, properties: list[str] | None = None) -> None:
        self._init(locals())

    def as_apply(self) -> UniquenessConstraintApply:
        return UniquenessConstraintApply(list(self.properties or []))


# -- indexes -----------------------------------------------------------------------------------------------------
class IndexCore(SchemaResource):
    pass


class IndexApply(IndexCore):
    _family: ClassVar[dict[str, type[SchemaResource]] | None] = {}


class Index(IndexCore):
    _family: ClassVar[dict[str, type[SchemaResource]] | None] = {}
    state: ConstraintState | None


class BTreeIndexApply(IndexApply):
    _discriminator = ("indexType", "btree")
    properties: list[str]
    cursorable: bool

    def __init__(self, properties: list[str], cursorable: bool = False) -> None:
        self._init(locals())


class InvertedIndexApply(IndexApply):
    _discriminator = ("indexType", "inverted")
    properties: list[str]

    def __init__(self, properties: list[str]) -> None:
        self._init(locals())


class BTreeIndex(Index):
    _discriminator = ("indexType", "btree")
    properties: list[str]
    cursorable: bool

    def __init__(
        self, state: ConstraintState | None = None, *, properties: list[str], cursorable: bool = False
    ) -> None:
        self._init(locals())

    def as_apply(self) -> BTreeIndexApply:
        return BTreeIndexApply(list(self.properties), bool(self.cursorable))


class InvertedIndex(Index):
    _discriminator = ("indexType", "inverted")
    properties: list[str]

    def __init__(self, state: ConstraintState | None = None, *, properties: list[str]) -> None:
        self._init(locals())

    def as_apply(self) -> InvertedIndexApply:
        return InvertedIndexApply(list(self.properties))


# -- containers --------------------------------------------------------------------------------------------------
class ContainerCore(SchemaResource):
    space: str
    external_id: str
    description: str | None
    name: str | None

    def as_id(self) -> ContainerId:
        return ContainerId(self.space, self.external_id)


class ContainerApply(ContainerCore):
    properties: dict[str, ContainerPropertyApply]
    constraints: dict[str, ConstraintApply]
    indexes: dict[str, IndexApply]
    used_for: ContainerUsedFor | None
    _nested: ClassVar[dict[str, Any]] = {
        "properties": load_map(ContainerPropertyApply),
        "constraints": load_map(ConstraintApply),
        "indexes": load_map(IndexApply),
    }

    def __init__(
        self,
        space: str,
        external_id: str,
        properties: Mapping[str, ContainerPropertyApply],
        description: str | None = None,
        name: str | None = None,
        constraints: Mapping[str, ConstraintApply] | None = None,
        indexes: Mapping[str, IndexApply] | None = None,
        used_for: ContainerUsedFor | None = None,
    ) -> None:
        properties, constraints, indexes = dict(properties), dict(constraints or {}), dict(indexes or {})
        self._init(locals())

    def as_write(self) -> ContainerApply:
        return self


class Container(ContainerCore):
    properties: dict[str, ContainerProperty]
    constraints: dict[str, Constraint]
    indexes: dict[str, Index]
    is_global: bool
    last_updated_time: int
    created_time: int
    used_for: ContainerUsedFor
    _nested: ClassVar[dict[str, Any]] = {
        "properties": load_map(ContainerProperty),
        "constraints": load_map(Constraint),
        "indexes": load_map(Index),
    }

    def __init__(
        self,
        space: str,
        external_id: str,
        description: str | None = None,
        name: str | None = None,
        *,
        properties: Mapping[str, ContainerProperty],
        constraints: Mapping[str, Constraint] | None = None,
        indexes: Mapping[str, Index] | None = None,
        is_global: bool,
        last_updated_time: int,
        created_time: int,
        used_for: ContainerUsedFor,
    ) -> None:
        properties, constraints, indexes = dict(properties), dict(constraints or {}), dict(indexes or {})
        self._init(locals())

    def as_apply(self) -> ContainerApply:
        return ContainerApply(
            self.space,
            self.external_id,
            {k: p.as_apply() for k, p in (self.properties or {}).items()},
            self.description,
            self.name,
            {k: c.as_apply() for k, c in (self.constraints or {}).items()},  # type: ignore[attr-defined]
            {k: i.as_apply() for k, i in (self.indexes or {}).items()},  # type: ignore[attr-defined]
            self.used_for,
        )

    def as_write(self) -> ContainerApply:  # type: ignore[override]
        return self.as_apply()


class ContainerApplyList(CogniteResourceList[ContainerApply]):
    _RESOURCE = ContainerApply

    def as_ids(self) -> list[ContainerId]:  # type: ignore[override]
        return [c.as_id() for c in self]


class ContainerList(WriteableCogniteResourceList[Container, ContainerApplyList]):
    _RESOURCE = Container

    def as_ids(self) -> list[ContainerId]:  # type: ignore[override]
        return [c.as_id() for c in self]

    def as_apply(self) -> ContainerApplyList:
        return ContainerApplyList([c.as_apply() for c in self])
