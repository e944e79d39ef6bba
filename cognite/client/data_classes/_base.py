"""Base classes of the ergonomic data classes.

A resource class inherits its typed fields and keyword ``__init__`` from a generated ``<Name>Fields`` base
(:mod:`._generated`, rendered from the spec by ``make generate``), so nothing here or in the resource modules
re-declares the spec's fields. Hand-written classes the spec has no model for (aggregate buckets, capability
entries) list their names in ``_fields``. Instances keep snake_case attributes (camelCase on the wire);
unknown keys from a newer API version are kept and dumped back unchanged.
"""

from __future__ import annotations

import functools
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, ClassVar, Generic, SupportsIndex, TypeVar, get_args, get_origin, overload

from cognite.client._mechanisms.bulk import load_all
from cognite.client.data_classes._spec import to_camel, to_snake
from cognite.client.data_classes._wire import WireValue

if TYPE_CHECKING:
    import pandas as pd
    from typing_extensions import Self

T = TypeVar("T", bound="CogniteObject")
R = TypeVar("R", bound="CogniteResource")
WL = TypeVar("WL", bound="CogniteResourceList[Any]")

Loader = Callable[[Any], Any]


class _SnakeCache(dict):  # type: ignore[type-arg]
    """camelCase wire key -> snake_case attribute name, filled on first sight (a dict lookup on the hot path)."""

    def __missing__(self, key: str) -> str:
        value = self[key] = to_snake(key)
        return value


_SNAKE: dict[str, str] = _SnakeCache()


def _dump_value(value: Any, camel_case: bool) -> Any:
    if isinstance(value, CogniteObject):
        return value.dump(camel_case=camel_case)
    if isinstance(value, (list, tuple)):
        return [_dump_value(v, camel_case) for v in value]
    if isinstance(value, dict):
        return {k: _dump_value(v, camel_case) for k, v in value.items()}
    if isinstance(value, WireValue):  # data modeling ids (an instance id field has no instanceType on the wire)
        return value._wire(camel_case)
    return value


# timestamps (ms since epoch) shown as datetimes by __str__/__repr__/to_pandas: ``*_time`` fields and these
_TIME_NAMES = frozenset({"last_success", "last_failure", "last_seen", "last_called", "timestamp"})


@functools.lru_cache(maxsize=1024)
def _is_time_field(name: str) -> bool:
    snake = to_snake(name)
    return snake.endswith("_time") or snake in _TIME_NAMES


def _iso(value: Any) -> Any:
    """An epoch-ms int as ``2023-11-14 22:13:20.000+00:00``; anything else (ranges, None, bools) unchanged."""
    if type(value) is not int:
        return value
    try:
        return datetime.fromtimestamp(value / 1000, timezone.utc).isoformat(sep=" ", timespec="milliseconds")
    except (OverflowError, OSError, ValueError):
        return value


def _iso_times(dumped: dict[str, Any]) -> dict[str, Any]:
    return {k: _iso(v) if _is_time_field(k) else v for k, v in dumped.items()}


def _yaml() -> Any:
    try:
        import yaml
    except ImportError as e:  # pragma: no cover - pyyaml is an optional extra
        raise ImportError("pyyaml is required for this method: pip install 'cognite-sdk-fast[yaml]'") from e
    return yaml


def _load_text(text: str) -> Any:
    """JSON, or YAML when pyyaml is installed (YAML is a superset of JSON)."""
    try:
        import yaml
    except ImportError:
        return json.loads(text)
    return yaml.safe_load(text)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - pandas is an optional extra
        raise ImportError("pandas is required for this method: pip install 'cognite-sdk-fast[pandas]'") from e
    return pandas


class CogniteObject:
    """Anything that dumps to / loads from CDF JSON.

    Data classes inherit a generated ``<Name>Fields`` base (typed attributes, keyword ``__init__``, ``_FIELDS``,
    ``_nested``). A hand-written class the spec has no model for lists its names in ``_fields`` and their
    positional order in ``_positional`` (and declares its attributes itself).
    """

    _fields: ClassVar[tuple[str, ...]] = ()
    _nested: ClassVar[dict[str, Loader]] = {}
    _positional: ClassVar[tuple[str, ...]] = ()
    _field_cache: ClassVar[tuple[str, ...] | None] = None
    _FIELDS: ClassVar[tuple[str, ...] | None] = None  # set by the generated base
    _WRITE_FIELDS: ClassVar[tuple[str, ...] | None] = None
    _WRITE_REQUIRED: ClassVar[tuple[str, ...] | None] = None
    _WIRE_RENAMES: ClassVar[dict[str, str]] = {}  # attribute -> wire key where the official SDK renames a field
    _wire_to_attr: ClassVar[dict[str, str]] = _SNAKE

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._field_cache = None
        if cls._WIRE_RENAMES:  # wire key (camel or snake) -> the renamed attribute; other keys as everywhere
            renamed = _SnakeCache()
            for attr, wire in cls._WIRE_RENAMES.items():
                renamed[wire] = renamed[to_snake(wire)] = attr
            cls._wire_to_attr = renamed

    @classmethod
    def _field_names(cls) -> tuple[str, ...]:
        cached = cls.__dict__.get("_field_cache")
        if cached is None:
            names = dict.fromkeys(cls._FIELDS or ())
            names.update(dict.fromkeys(cls._fields))
            cached = tuple(names)
            cls._field_cache = cached
        return cached

    def __init__(self, *args: Any, cognite_client: Any = None, **kwargs: Any) -> None:
        # hand-written classes without a generated base (``_fields`` / ``_positional``)
        if len(args) > len(self._positional):
            raise TypeError(f"{type(self).__name__} takes at most {len(self._positional)} positional arguments")
        for name, value in zip(self._positional, args, strict=False):
            if name in kwargs:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            kwargs[name] = value
        known = self._field_names()
        unknown = [k for k in kwargs if k not in known]
        if unknown:
            raise TypeError(
                f"{type(self).__name__} got unexpected argument(s) {unknown}; valid arguments: {', '.join(known)}"
            )
        for name in known:
            value = kwargs.get(name)
            loader = self._nested.get(name)
            setattr(self, name, loader(value) if loader is not None and value is not None else value)
        self._cognite_client = cognite_client

    def _load_nested(self) -> None:
        """Turn nested dicts / strings given to a generated ``__init__`` into their classes (``labels=["L"]``)."""
        d = self.__dict__
        for name, loader in self._nested.items():
            value = d.get(name)
            if value is not None:
                d[name] = loader(value)

    # -- (de)serialisation -------------------------------------------------------------------------------------
    @classmethod
    def _blank(cls) -> dict[str, Any]:
        blank = cls.__dict__.get("_blank_cache")
        if blank is None:
            blank = dict.fromkeys(cls._field_names())
            cls._blank_cache = blank  # type: ignore[attr-defined]
        return blank

    @classmethod
    def _load(cls: type[T], resource: dict[str, Any], cognite_client: Any = None) -> T:
        # hot path (every listed item): one dict copy, one cached key lookup per wire key
        obj = cls.__new__(cls)
        d = dict(cls._blank())
        nested = cls._nested
        snake = cls._wire_to_attr
        for key, value in resource.items():
            name = snake[key]
            if nested and value is not None and name in nested:
                value = nested[name](value)
            d[name] = value
        d["_cognite_client"] = cognite_client
        obj.__dict__ = d
        return obj

    @classmethod
    def load(cls: type[T], resource: dict[str, Any] | str, cognite_client: Any = None) -> T:
        """Load an instance from a JSON/YAML string or a (camelCase or snake_case) dict.

        Example:
            >>> from cognite.client.data_classes import Asset
            >>> Asset.load({"name": "pump", "externalId": "p1"}).external_id
            'p1'
        """
        if isinstance(resource, str):
            resource = _load_text(resource)
        if not isinstance(resource, dict):
            raise TypeError(f"{cls.__name__}.load expects a dict or a JSON/YAML object string, got {type(resource)}")
        return cls._load(resource, cognite_client)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        """Dump to a JSON-serialisable dict, leaving out unset (None) fields.

        Example:
            >>> from cognite.client.data_classes import Asset
            >>> Asset(name="pump", external_id="p1").dump()
            {'name': 'pump', 'externalId': 'p1'}
        """
        out = {}
        renames = self._WIRE_RENAMES
        for key, value in self.__dict__.items():
            if value is None or key[0] == "_":
                continue
            name = (renames.get(key) or to_camel(key)) if camel_case else key
            out[name] = _dump_value(value, camel_case)
        return out

    def dump_yaml(self) -> str:
        """Dump to a YAML string (camelCase keys, as on the wire).

        Example:
            >>> from cognite.client.data_classes import Asset
            >>> print(Asset(name="pump", external_id="p1").dump_yaml(), end="")
            name: pump
            externalId: p1
        """
        return str(_yaml().safe_dump(self.dump(camel_case=True), sort_keys=False))

    # -- python niceties ---------------------------------------------------------------------------------------
    def __getstate__(self) -> dict[str, Any]:  # pickling leaves the client behind
        return {k: v for k, v in self.__dict__.items() if k != "_cognite_client"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__dict__.setdefault("_cognite_client", None)

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:  # copies the data, shares the client
        import copy

        new = type(self).__new__(type(self))
        new.__dict__ = {k: v if k == "_cognite_client" else copy.deepcopy(v, memo) for k, v in self.__dict__.items()}
        return new

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.dump() == other.dump()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __str__(self) -> str:
        """JSON with snake_case keys; timestamps as UTC datetimes.

        Example:
            >>> from cognite.client.data_classes import Asset
            >>> print(Asset(id=1, created_time=1700000000000))
            {
                "id": 1,
                "created_time": "2023-11-14 22:13:20.000+00:00"
            }
        """
        return json.dumps(_iso_times(self.dump(camel_case=False)), indent=4, default=str)

    def __repr__(self) -> str:
        dumped = self.dump(camel_case=False)
        args = ", ".join(
            f"{k}={_iso(v) if _is_time_field(k) and type(v) is int else repr(v)}" for k, v in dumped.items()
        )
        return f"{type(self).__name__}({args})"

    def to_pandas(
        self,
        expand_metadata: bool = False,
        metadata_prefix: str = "metadata.",
        ignore: Sequence[str] | None = None,
        camel_case: bool = False,
        convert_timestamps: bool = True,
        *,
        expand: Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """One column named ``value`` indexed by attribute name; timestamps as datetimes unless ``convert_timestamps``
        is False. ``expand=("metadata",)`` is the older spelling of ``expand_metadata=True``.

        Example:
            >>> from cognite.client.data_classes import Asset
            >>> Asset(name="pump", metadata={"a": "1"}).to_pandas(expand_metadata=True).loc["metadata.a", "value"]
            '1'
            >>> Asset(created_time=0).to_pandas().loc["created_time", "value"]
            Timestamp('1970-01-01 00:00:00')
        """
        pd = _pandas()
        expand_metadata = expand_metadata or "metadata" in (expand or ())
        dumped = self.dump(camel_case=camel_case)
        for key in ignore or ():
            dumped.pop(key, None)
        if convert_timestamps:
            dumped = {k: _pd_time(pd, v) if _is_time_field(k) else v for k, v in dumped.items()}
        dumped = _flatten_metadata(dumped, expand_metadata, metadata_prefix)
        return pd.DataFrame(pd.Series(dumped, dtype=object), columns=["value"])

    def _repr_html_(self) -> str:
        return str(self.to_pandas()._repr_html_())  # type: ignore[operator]


def _pd_time(pd: Any, value: Any) -> Any:
    return pd.Timestamp(value, unit="ms") if type(value) is int else value


def _flatten_metadata(dumped: dict[str, Any], expand: bool, prefix: str) -> dict[str, Any]:
    if not expand or not isinstance(dumped.get("metadata"), dict):
        return dumped
    metadata = dumped.pop("metadata")
    dumped.update({f"{prefix}{k}": v for k, v in metadata.items()})
    return dumped


class CogniteResource(CogniteObject):
    """A CDF resource (asset, event, ...). ``as_write()`` gives its write counterpart when it has one."""

    _write_class: ClassVar[type[CogniteResource] | None] = None
    _WRITE_CLASS: ClassVar[str | None] = None  # named by the generated base; resolved on first use

    @classmethod
    def _write_cls(cls) -> type[CogniteResource] | None:
        if cls._write_class is None and cls._WRITE_CLASS is not None:
            # the write class of the class's own module (areas whose classes are not top-level), else top-level
            own = getattr(sys.modules.get(cls.__module__), cls._WRITE_CLASS, None)
            cls._write_class = own if isinstance(own, type) else _public_class(cls._WRITE_CLASS)
        return cls._write_class

    def as_write(self) -> CogniteResource:
        """The write object (only the fields CDF accepts on create).

        Example:
            >>> from cognite.client.data_classes import Asset
            >>> Asset(id=1, name="pump").as_write().dump()
            {'name': 'pump'}
        """
        write_cls = self._write_cls()
        if write_cls is not None and isinstance(self, write_cls):
            return self
        if write_cls is None:
            names = self._WRITE_FIELDS
            if names is None:
                return self
            # no separate write class: the same class, keeping only the fields the write schema accepts
            return type(self)._load({k: v for k, v in self.__dict__.items() if k in names and v is not None})
        names = write_cls._field_names()
        return write_cls._load({k: v for k, v in self.__dict__.items() if k in names and v is not None})

    def missing_required(self) -> list[str]:
        """Names of required write fields that are unset (checked before anything is sent)."""
        write_cls = self._write_cls() or type(self)
        return [name for name in write_cls._WRITE_REQUIRED or () if getattr(self, name, None) is None]


class CogniteResourceList(list[R], Generic[R]):
    """A list of resources with lookup, dump and pandas helpers."""

    _RESOURCE: ClassVar[type[CogniteResource]]

    def __init__(self, resources: Iterable[R] = (), cognite_client: Any = None) -> None:
        items: list[R] = list(resources)
        for r in items:
            if not isinstance(r, self._RESOURCE):
                raise TypeError(f"{type(self).__name__} holds {self._RESOURCE.__name__}, not {type(r).__name__}")
        super().__init__(items)
        self._cognite_client = cognite_client
        self._by_id: tuple[Any, dict[Any, Any]] | None = None
        self._by_xid: tuple[Any, dict[Any, Any]] | None = None

    @classmethod
    def _load(cls, resources: Iterable[dict[str, Any]], cognite_client: Any = None) -> Self:
        load = cls._RESOURCE._load
        obj = cls.__new__(cls)
        items = resources if isinstance(resources, list) else list(resources)
        list.__init__(obj, load_all(lambda r: load(r, cognite_client), items))  # type: ignore[misc]  # hot path: no checks
        obj._cognite_client = cognite_client
        obj._by_id = obj._by_xid = None
        return obj

    @classmethod
    def load(cls, resources: Iterable[dict[str, Any]] | str, cognite_client: Any = None) -> Self:
        """Load from a list of dicts or a JSON/YAML list string.

        Example:
            >>> from cognite.client.data_classes import AssetList
            >>> len(AssetList.load([{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]))
            2
        """
        if isinstance(resources, str):
            resources = _load_text(resources)
        return cls._load(resources, cognite_client)  # type: ignore[arg-type]

    def dump(self, camel_case: bool = True) -> list[dict[str, Any]]:
        """Dump every resource.

        Example:
            >>> from cognite.client.data_classes import AssetList, Asset
            >>> AssetList([Asset(id=1)]).dump()
            [{'id': 1}]
        """
        return [r.dump(camel_case=camel_case) for r in self]

    def get(self, id: int | None = None, external_id: str | None = None, instance_id: Any | None = None) -> R | None:
        """The resource with this id, external id or instance id (a NodeId, ``(space, external_id)`` or dict), or None.

        Example:
            >>> from cognite.client.data_classes import AssetList, Asset, TimeSeriesList, TimeSeries
            >>> AssetList([Asset(id=1, external_id="a")]).get(external_id="a").id
            1
            >>> TimeSeriesList([TimeSeries(id=2, instance_id={"space": "s", "externalId": "x"})]).get(instance_id=("s", "x")).id
            2
        """
        if sum(v is not None for v in (id, external_id, instance_id)) != 1:
            raise ValueError("Give exactly one of id, external_id and instance_id")
        if id is not None:
            return self._index("id").get(id)
        if external_id is not None:
            return self._index("external_id").get(external_id)
        return self._index("instance_id").get(_instance_key(instance_id))

    def _index(self, attr: str) -> dict[Any, R]:
        """attr value -> resource, rebuilt when the list changed since (the list is mutable)."""
        cache_attr = {"id": "_by_id", "external_id": "_by_xid"}.get(attr, "_by_iid")
        cached = getattr(self, cache_attr, None)
        snapshot = (len(self), id(self[0]) if self else None, id(self[-1]) if self else None)
        if cached is None or cached[0] != snapshot:
            key: Callable[[Any], Any] = _instance_key if attr == "instance_id" else (lambda v: v)
            cached = (snapshot, {key(getattr(r, attr, None)): r for r in reversed(self)})  # first occurrence wins
            setattr(self, cache_attr, cached)
        return cached[1]

    def as_ids(self) -> list[int]:
        """The ids of all resources (raises if one has none).

        Example:
            >>> from cognite.client.data_classes import AssetList, Asset
            >>> AssetList([Asset(id=1), Asset(id=2)]).as_ids()
            [1, 2]
        """
        ids = [getattr(r, "id", None) for r in self]
        if any(i is None for i in ids):
            raise ValueError("Unable to convert to a list of ids: some resources have no id")
        return ids  # type: ignore[return-value]

    def as_external_ids(self) -> list[str]:
        """The external ids of all resources (raises if one has none).

        Example:
            >>> from cognite.client.data_classes import AssetList, Asset
            >>> AssetList([Asset(external_id="a")]).as_external_ids()
            ['a']
        """
        xids = [getattr(r, "external_id", None) for r in self]
        if any(x is None for x in xids):
            raise ValueError("Unable to convert to a list of external ids: some resources have no external_id")
        return xids  # type: ignore[return-value]

    def as_write(self) -> CogniteResourceList[R]:
        """Write objects of every resource (the same class when the resource has no write class)."""
        # resources without a write class write themselves: as_write() keeps their class
        return type(self)([r.as_write() for r in self], cognite_client=self._cognite_client)  # type: ignore[misc]

    def to_pandas(
        self,
        camel_case: bool = False,
        expand_metadata: bool = False,
        metadata_prefix: str = "metadata.",
        convert_timestamps: bool = True,
        *,
        ignore: Sequence[str] = (),
    ) -> pd.DataFrame:
        """One row per resource; timestamp columns as datetimes unless ``convert_timestamps`` is False.

        Example:
            >>> from cognite.client.data_classes import AssetList, Asset
            >>> AssetList([Asset(id=1, name="a")]).to_pandas().loc[0, "name"]
            'a'
            >>> str(AssetList([Asset(id=1, created_time=0)]).to_pandas()["created_time"].dtype)
            'datetime64[ms]'
        """
        pd = _pandas()
        rows = [_flatten_metadata(r.dump(camel_case=camel_case), expand_metadata, metadata_prefix) for r in self]
        df = pd.DataFrame(rows)
        df = df.drop(columns=[c for c in ignore if c in df.columns])
        if convert_timestamps:
            times = [c for c in df.columns if _is_time_field(c) and pd.api.types.is_integer_dtype(df[c])]
            df[times] = df[times].astype("datetime64[ms]")
        return df

    def dump_yaml(self) -> str:
        """Dump every resource to one YAML list.

        Example:
            >>> from cognite.client.data_classes import AssetList, Asset
            >>> print(AssetList([Asset(id=1)]).dump_yaml(), end="")
            - id: 1
        """
        return str(_yaml().safe_dump(self.dump(camel_case=True), sort_keys=False))

    def _repr_html_(self) -> str:
        return str(self.to_pandas()._repr_html_())  # type: ignore[operator]

    def __str__(self) -> str:
        return json.dumps([_iso_times(r.dump(camel_case=False)) for r in self], indent=4, default=str)

    @overload
    def __getitem__(self, item: SupportsIndex) -> R: ...

    @overload
    def __getitem__(self, item: slice) -> Self: ...

    def __getitem__(self, item: SupportsIndex | slice) -> R | Self:
        if isinstance(item, slice):
            return type(self)(super().__getitem__(item), cognite_client=self._cognite_client)
        return super().__getitem__(item)


class WriteableCogniteResourceList(CogniteResourceList[R], Generic[R, WL]):
    """A list of read resources whose ``as_write()`` is the write list ``WL`` (``AssetList`` -> ``AssetWriteList``);
    ``WL`` is read from the class header, so each list declares it once."""

    _WRITE_LIST: ClassVar[type[CogniteResourceList[Any]] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for base in getattr(cls, "__orig_bases__", ()):
            if get_origin(base) is WriteableCogniteResourceList:
                cls._WRITE_LIST = get_args(base)[1]

    def as_write(self) -> WL:  # type: ignore[override]
        """The write list of every resource.

        Example:
            >>> from cognite.client.data_classes import AssetList, Asset
            >>> type(AssetList([Asset(id=1, name="a")]).as_write()).__name__
            'AssetWriteList'
        """
        write_list = self._WRITE_LIST
        if write_list is None:
            raise TypeError(f"{type(self).__name__} has no write list")
        return write_list([r.as_write() for r in self], cognite_client=self._cognite_client)  # type: ignore[return-value]


class CogniteFilter(CogniteObject):
    """A filter object; its typed fields come from a generated ``<Name>FilterFields`` base."""


class CogniteResponse(CogniteObject):
    """A response object that is not a listable resource (login status, token inspection, ...)."""


def _instance_key(value: Any) -> tuple[Any, Any] | None:
    """(space, external_id) of a NodeId, a tuple or a wire dict."""
    if value is None:
        return None
    if isinstance(value, tuple):
        return value[0], value[1]
    if isinstance(value, dict):
        return value.get("space"), value.get("externalId", value.get("external_id"))
    return getattr(value, "space", None), getattr(value, "external_id", None)


def _public_class(name: str) -> Any:
    """A data class by name: top-level, or ``"area.Name"`` for a class of an area module (``hosted_extractors``)."""
    import cognite.client.data_classes as dc

    if "." in name:
        module, _, name = name.rpartition(".")
        return getattr(importlib.import_module(f"{dc.__name__}.{module}"), name)
    return getattr(dc, name)


class Nested:
    """Nested loader of the generated bases: dicts (or strings, for labels) become the named class, objects of it
    pass through. The class is named, not imported, as the generated bases come before the classes they name."""

    __slots__ = ("_cls", "many", "name")

    def __init__(self, name: str, many: bool = False) -> None:
        self.name, self.many, self._cls = name, many, None

    def __call__(self, value: Any) -> object:
        cls = self._cls
        if cls is None:
            cls = self._cls = _public_class(self.name)
        if not self.many:
            return value if isinstance(value, cls) else cls._load(value)
        if not isinstance(value, (list, tuple)):  # labels="PUMP"
            value = [value]
        return [v if isinstance(v, cls) else cls._load(v) for v in value]


def load_list(item_cls: type[CogniteObject]) -> Loader:
    """Nested loader for a list of objects (dicts become ``item_cls``; objects pass through)."""

    def load(values: Any) -> Any:
        return [v if isinstance(v, CogniteObject) else item_cls._load(v) for v in values]

    return load


def load_one(item_cls: type[CogniteObject]) -> Loader:
    """Nested loader for one object (a dict becomes ``item_cls``; an object passes through)."""

    def load(value: Any) -> Any:
        return value if isinstance(value, CogniteObject) else item_cls._load(value)

    return load


def snake_keys(d: dict[str, Any]) -> dict[str, Any]:
    return {to_snake(k): v for k, v in d.items()}
