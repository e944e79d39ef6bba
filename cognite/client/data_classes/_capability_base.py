"""The machinery of IAM capabilities: ``Capability`` (an ACL: actions + one scope) and the scope kinds.

The concrete ACL classes (``AssetsAcl`` ...) are generated from the spec into ``_capability_acls.py``; each
registers itself here by its wire name, so loading ``{"assetsAcl": {"actions": [...], "scope": {"all": {}}}}``
finds its class. Names CDF adds later load as ``UnknownAcl`` / ``UnknownScope`` (responses never fail to parse).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import InitVar, dataclass, field, fields
from typing import Any, ClassVar, NamedTuple

from typing_extensions import Self

from cognite.client.data_classes._base import CogniteObject
from cognite.client.data_classes._spec import to_camel, to_snake

_ACLS: dict[str, type[Capability]] = {}  # wire name -> class, filled by Capability.__init_subclass__
_ACLS_LOWER: dict[str, type[Capability]] = {}  # the same by lower-case name: the spec and CDF disagree on case
_SCOPES: dict[str, type[Scope]] = {}  # wire name (and its lower case) -> class


class CapabilityTuple(NamedTuple):
    """One (acl, action, scope[, id[, extra]]) grant, the unit capabilities are compared in."""

    acl_name: str
    action: str
    scope_name: str
    scope_id: int | str | None = None
    scope_extra: str | None = None


def _as_dict(resource: dict[str, Any] | str) -> dict[str, Any]:
    loaded = json.loads(resource) if isinstance(resource, str) else resource
    if not isinstance(loaded, dict):
        raise TypeError(f"Expected a dict (or a JSON object string), got {type(loaded).__name__}")
    return loaded


@dataclass(frozen=True)
class Scope:
    """What a capability applies to; subclasses name their wire key in ``_scope_name``."""

    _scope_name: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        name = cls.__dict__.get("_scope_name")
        if name is not None:
            _SCOPES.setdefault(name, cls)
            _SCOPES.setdefault(name.lower(), cls)  # the spec and CDF disagree on case in places (idScope/idscope)

    @classmethod
    def load(cls, resource: dict[str, Any] | str, allow_unknown: bool = False) -> Scope:
        data = _as_dict(resource)
        if len(data) != 1:
            raise ValueError(f"A scope has exactly one key, got {sorted(data)}")
        ((name, body),) = data.items()
        scope_cls = _SCOPES.get(name) or _SCOPES.get(name.lower())
        if scope_cls is None:
            if allow_unknown:
                return UnknownScope(name, body)
            raise ValueError(f"Unknown scope {name!r}; known: {sorted(set(c._scope_name for c in _SCOPES.values()))}")
        return scope_cls._from_body(body or {})

    @classmethod
    def _from_body(cls, body: dict[str, Any]) -> Scope:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in ((to_snake(k), v) for k, v in body.items()) if k in names})

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        body = {(to_camel(f.name) if camel_case else f.name): getattr(self, f.name) for f in fields(self)}
        return {self._scope_name: body}

    def as_tuples(self) -> set[tuple[Any, ...]]:
        values = [getattr(self, f.name) for f in fields(self)]
        if not values:
            return {(self._scope_name,)}
        return {(self._scope_name, v) for v in values[0]}


@dataclass(frozen=True)
class AllScope(Scope):
    _scope_name = "all"


@dataclass(frozen=True)
class CurrentUserScope(Scope):
    _scope_name = "currentuserscope"


@dataclass(frozen=True)
class IDScope(Scope):
    _scope_name = "idScope"
    ids: list[int]


@dataclass(frozen=True)
class IDScopeLowerCase(Scope):
    """The same as ``IDScope``: some ACLs spell the wire key ``idscope``."""

    _scope_name = "idscope"
    ids: list[int]


@dataclass(frozen=True)
class DataSetScope(Scope):
    _scope_name = "datasetScope"
    ids: list[int]


@dataclass(frozen=True)
class AssetRootIDScope(Scope):
    _scope_name = "assetRootIdScope"
    root_ids: list[int]


@dataclass(frozen=True)
class ExtractionPipelineScope(Scope):
    _scope_name = "extractionPipelineScope"
    ids: list[int]


@dataclass(frozen=True)
class PartitionScope(Scope):
    _scope_name = "partition"
    partition_ids: list[int]


@dataclass(frozen=True)
class SpaceIDScope(Scope):
    _scope_name = "spaceIdScope"
    space_ids: list[str]


@dataclass(frozen=True)
class InstancesScope(Scope):
    _scope_name = "instancesScope"
    instances: list[str]


@dataclass(frozen=True)
class PostgresGatewayUsersScope(Scope):
    _scope_name = "usersScope"
    usernames: list[str]


@dataclass(frozen=True)
class ExperimentsScope(Scope):
    _scope_name = "experimentscope"
    experiments: list[str]


@dataclass(frozen=True)
class AppConfigScope(Scope):
    _scope_name = "appScope"
    apps: list[str]


@dataclass(frozen=True)
class LegacySpaceScope(Scope):
    _scope_name = "spaceScope"
    external_ids: list[str]


@dataclass(frozen=True)
class LegacyDataModelScope(Scope):
    _scope_name = "dataModelScope"
    external_ids: list[str]


@dataclass(frozen=True)
class AppExternalIdScope(Scope):
    _scope_name = "appExternalIdScope"
    external_ids: list[str]


@dataclass(frozen=True)
class DataProductScope(Scope):
    _scope_name = "dataProductScope"
    external_ids: list[str]


@dataclass(frozen=True)
class TableScope(Scope):
    """Raw tables by database: ``{"db": ["table", ...]}`` (an empty list: every table of the database)."""

    _scope_name = "tableScope"
    dbs_to_tables: dict[str, list[str]]

    @classmethod
    def _from_body(cls, body: dict[str, Any]) -> Scope:
        dbs = body.get("dbsToTables", body.get("dbs_to_tables")) or {}
        return cls({db: t.get("tables", []) if isinstance(t, dict) else list(t) for db, t in dbs.items()})

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        key = "dbsToTables" if camel_case else "dbs_to_tables"
        return {self._scope_name: {key: {db: {"tables": t} for db, t in self.dbs_to_tables.items()}}}

    def as_tuples(self) -> set[tuple[Any, ...]]:
        return {(self._scope_name, db, t) for db, tables in self.dbs_to_tables.items() for t in tables or [""]}


@dataclass(frozen=True)
class UnknownScope(Scope):
    """A scope this SDK version does not know (kept as given, dumped back unchanged)."""

    name: str
    data: dict[str, Any]

    def __getitem__(self, item: str) -> Any:
        return self.data[item]

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {self.name: self.data}


_Scope = Scope  # ``Capability.Scope`` names the base inside the class body


@dataclass
class Capability(CogniteObject):
    """An ACL: which ``actions`` are granted, on which ``scope`` (a CogniteObject, so data classes holding
    capabilities dump and load them like any nested object).

    Example:
        >>> from cognite.client.data_classes.capabilities import AssetsAcl
        >>> AssetsAcl(actions=[AssetsAcl.Action.Read], scope=AssetsAcl.Scope.All()).dump()
        {'assetsAcl': {'actions': ['READ'], 'scope': {'all': {}}}}
        >>> Capability.load({"assetsAcl": {"actions": ["WRITE"], "scope": {"datasetScope": {"ids": [1]}}}})
        AssetsAcl(actions=[<AssetsAcl.Action.Write: 'WRITE'>], scope=DataSetScope(ids=[1]))
    """

    _capability_name: ClassVar[str]

    class Action(enum.Enum):
        """Base of every ACL's ``Action`` enum."""

        @classmethod
        def load(cls, action: str, allow_unknown: bool = False) -> Capability.Action:
            try:
                return cls(action)
            except ValueError:
                if not allow_unknown:
                    valid = [a.value for a in cls]
                    raise ValueError(f"{action!r} is not a valid {cls.__qualname__}; valid: {valid}") from None
                make: Any = enum.Enum  # an enum of one member: the action kept as CDF sent it
                return make(cls.__qualname__, {action.title(): action})(action)  # type: ignore[no-any-return]

    Scope: ClassVar[type[_Scope]] = _Scope  # the scope base (ACLs list theirs in a ``Scope`` namespace)

    actions: Sequence[Action]
    scope: _Scope
    allow_unknown: InitVar[bool] = field(default=False, kw_only=True)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        name = cls.__dict__.get("_capability_name")
        if name is not None:
            _ACLS[name] = cls
            _ACLS_LOWER.setdefault(name.lower(), cls)
            cls.Action.__name__ = f"{cls.__name__}.Action"  # reprs say which ACL: <AssetsAcl.Action.Read: 'READ'>

    def __post_init__(self, allow_unknown: bool) -> None:
        if allow_unknown or type(self) is UnknownAcl:
            return
        acl = type(self).__name__
        bad = [a for a in self.actions if not isinstance(a, self.Action)]
        if bad:
            raise ValueError(
                f"{acl} got unknown action(s) {bad}; valid: {[f'{acl}.Action.{a.name}' for a in self.Action]}"
            )
        allowed = {v for k, v in vars(self.Scope).items() if not k.startswith("_")}
        if isinstance(self.scope, type) and self.scope in allowed:  # AllScope given without ()
            self.scope = self.scope()
        if type(self.scope) not in allowed:
            raise ValueError(
                f"{acl} got scope {self.scope!r}; valid: {[f'{acl}.Scope.{k}' for k in vars(self.Scope) if k[0] != '_']}"
            )

    @classmethod
    def load(cls, resource: dict[str, Any] | str, allow_unknown: bool = False) -> Self:
        data = _as_dict(resource)
        known = [k for k in data if k in _ACLS or k.lower() in _ACLS_LOWER]
        if len(known) == 1:
            acl_cls = _ACLS.get(known[0]) or _ACLS_LOWER[known[0].lower()]
            body = data[known[0]]
            actions = [acl_cls.Action.load(a, allow_unknown) for a in body.get("actions", [])]
            scope = acl_cls._load_scope(body.get("scope") or {"all": {}}, allow_unknown)
            return acl_cls(actions=actions, scope=scope, allow_unknown=allow_unknown)  # type: ignore[return-value]
        if allow_unknown:
            return UnknownAcl(actions=[], scope=AllScope(), raw_data=data, allow_unknown=True)  # type: ignore[return-value]
        raise ValueError(f"Unknown capability {sorted(data)}; pass allow_unknown=True to keep it as UnknownAcl")

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        """CDF's answer: unknown ACLs and scopes are kept (``UnknownAcl`` / ``UnknownScope``), never rejected."""
        return cls.load(resource, allow_unknown=True)

    @classmethod
    def _load_scope(cls, resource: dict[str, Any], allow_unknown: bool) -> _Scope:
        """This ACL's own scope kinds first (matched without case: ``idscope`` / ``idScope``), then any known one."""
        if len(resource) == 1:
            ((key, body),) = resource.items()
            for scope_cls in vars(cls.Scope).values():
                if (
                    isinstance(scope_cls, type)
                    and issubclass(scope_cls, _Scope)
                    and scope_cls._scope_name.lower() == key.lower()
                ):
                    return scope_cls._from_body(body or {})
        return _Scope.load(resource, allow_unknown)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        name = self._capability_name
        body = {"actions": [a.value for a in self.actions], "scope": self.scope.dump(camel_case)}
        return {name if camel_case else to_snake(name): body}

    @classmethod
    def from_tuple(cls, tpl: CapabilityTuple) -> Capability:
        """The one-grant capability a tuple from ``as_tuples`` stands for."""
        return from_tuple(tpl)

    @classmethod
    def show_example_usage(cls) -> str:
        name = cls.__name__
        return f"Example usage: {name}(actions=[{name}.Action.{next(iter(cls.Action)).name}], scope={name}.Scope.All())"

    def as_tuples(self) -> set[CapabilityTuple]:
        return {
            CapabilityTuple(self._capability_name, a.value, *scope)
            for a in self.actions
            for scope in self.scope.as_tuples()
        }


@dataclass
class LegacyCapability(Capability):
    """Base of ACLs CDF no longer uses (loaded, never compared)."""


@dataclass
class UnknownAcl(Capability):
    """An ACL this SDK version does not know, kept as CDF sent it."""

    capability_name: str = "unknownAcl"
    raw_data: dict[str, Any] = field(default_factory=dict)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return self.raw_data


def load_capabilities(values: Any) -> list[Capability]:
    """Capabilities from CDF JSON (unknown ACLs / scopes kept as ``UnknownAcl`` / ``UnknownScope``)."""
    items = values if isinstance(values, (list, tuple)) else [values]
    return [v if isinstance(v, Capability) else Capability._load(v) for v in items]


def known_acls() -> dict[str, type[Capability]]:
    return dict(_ACLS)


def from_tuple(tpl: CapabilityTuple) -> Capability:
    """The one-grant capability a tuple stands for (the inverse of ``as_tuples``)."""
    acl_cls = _ACLS[tpl.acl_name]
    scope_cls = next(
        (
            c
            for c in vars(acl_cls.Scope).values()
            if isinstance(c, type) and getattr(c, "_scope_name", None) == tpl.scope_name
        ),
        _SCOPES[tpl.scope_name],
    )
    if tpl.scope_id is None:
        scope = scope_cls()
    elif scope_cls is TableScope:
        scope = TableScope({str(tpl.scope_id): [tpl.scope_extra] if tpl.scope_extra else []})
    else:
        scope = scope_cls([tpl.scope_id])  # type: ignore[call-arg]
    return acl_cls(actions=[acl_cls.Action(tpl.action)], scope=scope)


def missing_capabilities(existing: set[CapabilityTuple], desired: set[CapabilityTuple]) -> list[Capability]:
    """The desired grants that the existing ones do not cover (an ``all`` scope covers every scope of its ACL and
    action; a raw database without tables covers its tables)."""

    def covered(t: CapabilityTuple) -> bool:
        if t in existing or CapabilityTuple(t.acl_name, t.action, AllScope._scope_name) in existing:
            return True
        return t.scope_name == TableScope._scope_name and t._replace(scope_extra="") in existing

    return [from_tuple(t) for t in sorted(desired, key=str) if not covered(t)]
