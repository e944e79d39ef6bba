"""Declarative resource APIs over the client core's ``APIClient`` mechanisms.

A resource API declares its path, data classes (resource / list / update / filter) and limits; this class binds
them to the core's chunked create / retrieve / update / upsert / delete, cursor and partitioned listing, and adds
what is resource-specific but shared: filter objects, search, aggregate, iteration (``api(chunk_size=...)``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from enum import Enum
from numbers import Integral
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar, cast, overload

from cognite.client._api_client import APIClient, write_items
from cognite.client._mechanisms import paging
from cognite.client._mechanisms.identifiers import as_int_id, identifier_items, single_identifier
from cognite.client._spec_facts import spec_limits
from cognite.client.data_classes._base import CogniteFilter, CogniteObject, CogniteResource, CogniteResourceList
from cognite.client.data_classes._spec import to_camel
from cognite.client.data_classes._update import CogniteUpdate, UpdateMode
from cognite.client.data_classes.aggregations import dump_aggregate_filter

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions

DEFAULT_LIMIT_READ = paging.DEFAULT_LIMIT_READ

#: The read class, its list class, its write class and its update class of a resource API.
T_Res = TypeVar("T_Res", bound=CogniteResource)
T_List = TypeVar("T_List", bound=CogniteResourceList[Any])
T_Write = TypeVar("T_Write", bound=CogniteObject)
T_Update = TypeVar("T_Update", bound=CogniteUpdate)

# Arguments of a ``list`` / ``__call__`` method that shape the request, not the filter.
_LIST_OPTIONS = frozenset(
    {"self", "limit", "partitions", "chunk_size", "advanced_filter", "sort", "options", "__class__"}
)
# Filter fields that hold identity objects, given as a pair of list arguments: ``<x>_ids`` and this one.
_EXTERNAL_ID_PARTNERS = {
    "asset_subtree_external_ids": "asset_subtree_ids",
    "data_set_external_ids": "data_set_ids",
}


class ResourceAPI(APIClient, Generic[T_Res, T_List]):
    """A CDF resource collection: subclasses declare, this class implements.

    Declarations: the type parameters (``ResourceAPI[Asset, AssetList]``), ``_RESOURCE_PATH``, ``_resource_cls`` /
    ``_list_cls`` / ``_update_cls`` / ``_filter_cls`` and the core's limits (``_CREATE_LIMIT`` ...). The class
    variables repeat the type parameters because type parameters do not exist at runtime.
    """

    _resource_cls: ClassVar[type[CogniteResource]]
    _list_cls: ClassVar[type[CogniteResourceList]]
    _update_cls: ClassVar[type[CogniteUpdate] | None] = None
    _filter_cls: ClassVar[type[CogniteFilter] | None] = None
    _SEARCH_LIMIT: ClassVar[int] = 1000

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Limits the class does not declare come from the spec (the operations at ``_RESOURCE_PATH``)."""
        super().__init_subclass__(**kwargs)
        if cls._RESOURCE_PATH and "{" not in cls._RESOURCE_PATH:
            for kind, value in spec_limits(cls._RESOURCE_PATH).items():
                name = f"_{kind.upper()}_LIMIT"
                if not any(name in vars(base) for base in cls.__mro__ if issubclass(base, ResourceAPI)):
                    setattr(cls, name, value)

    # -- data class binding -----------------------------------------------------------------------------------
    # hot path (every listed item): no cast() call, the class variables are T_Res / T_List by declaration
    def _load(self, item: dict[str, Any]) -> T_Res:
        return self._resource_cls._load(item, cognite_client=self._cognite_client)  # type: ignore[return-value]

    def _new_list(self, items: Iterable[Any]) -> T_List:
        return self._list_cls(items, cognite_client=self._cognite_client)  # type: ignore[return-value]

    def _dump_write(self, item: Any) -> dict[str, Any]:
        """Wire form of a create item; required fields are checked before anything is sent."""
        if isinstance(item, dict):
            return item
        if not isinstance(item, CogniteObject):
            raise TypeError(f"Expected {self._resource_cls.__name__} (or its write class), got {type(item).__name__}")
        if isinstance(item, CogniteResource):
            missing = item.missing_required()
            if missing:
                raise ValueError(f"{type(item).__name__} is missing required field(s): {', '.join(missing)}")
            item = item.as_write()
        return item.dump(camel_case=True)

    def _dump_update(self, item: Any, mode: UpdateMode) -> dict[str, Any]:
        if isinstance(item, CogniteUpdate):
            return item.dump(camel_case=True)
        if isinstance(item, CogniteObject) and self._update_cls is not None:
            return self._update_cls.from_resource(item, mode).dump(camel_case=True)
        if isinstance(item, dict):
            return item
        raise TypeError(
            f"Cannot update with a {type(item).__name__}; give a {self._resource_cls.__name__} or an update"
        )

    def _filter_dump(self, filter: Any = None, **fields: Any) -> dict[str, Any]:
        """A filter object / dict (snake or camel keys) merged with keyword filter fields, as the wire object."""
        out: dict[str, Any] = {}
        if filter is not None:
            if isinstance(filter, dict) and self._filter_cls is not None:
                filter = self._filter_cls._load(filter)
            if not isinstance(filter, (dict, CogniteObject)):
                raise TypeError(f"filter must be a dict or a filter object, not {type(filter).__name__}")
            out.update(filter.dump(camel_case=True) if isinstance(filter, CogniteObject) else filter)
        given = {k: v for k, v in fields.items() if v is not None}
        _check_filter_fields(given)
        if given:
            if self._filter_cls is not None:
                out.update(self._filter_cls(**given).dump(camel_case=True))
            else:
                out.update({to_camel(k): v.dump() if isinstance(v, CogniteObject) else v for k, v in given.items()})
        return out

    def _list_filter(self, arguments: dict[str, Any], *options: str) -> dict[str, Any]:
        """The wire filter from a ``list`` method's own arguments (its ``locals()``), all but ``limit``,
        ``partitions`` and the ``options`` named; ``<x>_ids`` / ``<x>_external_ids`` pairs become one identity list.
        """
        fields = {k: v for k, v in arguments.items() if k not in _LIST_OPTIONS and k not in options}
        for external_ids, ids in _EXTERNAL_ID_PARTNERS.items():
            if external_ids in fields:
                fields[ids] = ids_or_external_ids(fields.get(ids), fields.pop(external_ids))
        return self._filter_dump(None, **fields)

    # -- operations -------------------------------------------------------------------------------------------
    @overload
    async def _create(self, items: CogniteObject | dict[str, Any], **kwargs: Any) -> T_Res: ...
    @overload
    async def _create(self, items: Sequence[CogniteObject] | Sequence[dict[str, Any]], **kwargs: Any) -> T_List: ...
    async def _create(self, items: Any, **kwargs: Any) -> T_Res | T_List:
        """One write object in -> one object out; a sequence -> the list class (the typed core of each ``create``)."""
        return await self._create_multiple(
            items, load=self._load, list_cls=self._new_list, dump=self._dump_write, **kwargs
        )

    async def _retrieve_ids(
        self,
        ids: Any = None,
        external_ids: Any = None,
        ignore_unknown_ids: bool = False,
        instance_ids: Any = None,
        **kwargs: Any,
    ) -> T_List:
        return await self._retrieve_multiple(
            identifier_items(ids, external_ids, instance_ids),
            load=self._load,
            list_cls=self._new_list,
            ignore_unknown_ids=ignore_unknown_ids,
            **kwargs,
        )

    async def _retrieve_one(self, id: int | None = None, external_id: str | None = None, **kwargs: Any) -> T_Res | None:
        return await self._retrieve(single_identifier(id, external_id), load=self._load, **kwargs)

    async def _update(self, items: Any, mode: UpdateMode = "replace_ignore_null", **kwargs: Any) -> Any:
        """``T_Res`` for one item, ``T_List`` for a sequence (the public overloads say which)."""
        if mode not in ("patch", "replace", "replace_ignore_null"):
            raise ValueError(f"mode must be 'patch', 'replace' or 'replace_ignore_null', not {mode!r}")
        return await self._update_multiple(
            items, load=self._load, list_cls=self._new_list, dump=lambda i: self._dump_update(i, mode), **kwargs
        )

    async def _upsert(self, items: Any, mode: Literal["patch", "replace"] = "patch", **kwargs: Any) -> Any:
        """``T_Res`` for one item, ``T_List`` for a sequence (the public overloads say which)."""
        if mode not in ("patch", "replace"):
            raise ValueError(f"mode must be 'patch' or 'replace', not {mode!r}")
        for i in write_items(items)[0]:
            if getattr(i, "external_id", None) is None and getattr(i, "id", None) is None:
                raise ValueError("upsert needs an id or external_id on every item")

        def identifier(i: Any) -> dict[str, Any]:
            return {"id": i.id} if getattr(i, "id", None) is not None else {"externalId": i.external_id}

        return await self._upsert_multiple(
            items,
            load=self._load,
            list_cls=self._new_list,
            dump_create=self._dump_write,
            dump_update=lambda i: self._dump_update(i, mode),
            identifier=identifier,
            **kwargs,
        )

    async def _delete_ids(
        self, ids: Any = None, external_ids: Any = None, ignore_unknown_ids: bool = False, **kwargs: Any
    ) -> None:
        items = identifier_items(ids, external_ids)
        if not items:
            raise ValueError("Give at least one id or external_id to delete")
        await self._delete_multiple(items, ignore_unknown_ids=ignore_unknown_ids, **kwargs)

    async def _list_filtered(
        self,
        filter: dict[str, Any] | None,
        limit: Any = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
        body: dict[str, Any] | None = None,
        method: str = "POST",
        advanced_filter: Any = None,
        sort: Any = None,
        **kwargs: Any,
    ) -> T_List:
        # limit / partitions / sort are validated by paging.collect, before the first request
        body = _with_advanced(body, advanced_filter, sort)
        return await self._list(
            load=self._load,
            list_cls=self._new_list,
            method=method,
            limit=limit,
            filter=filter if filter else None,
            body=body,
            partitions=partitions,
            **kwargs,
        )

    # Only `chunk_size` here: each API declares its own `__call__` with the official list filters and `limit`
    # (type checkers accept an override adding parameters, not one moving a keyword-only `limit`).
    @overload
    def __call__(self, chunk_size: None = None, **options: Unpack[CallOptions]) -> AsyncIterator[T_Res]: ...
    @overload
    def __call__(self, chunk_size: int, **options: Unpack[CallOptions]) -> AsyncIterator[T_List]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        *,
        limit: int | None = None,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[T_Res] | AsyncIterator[T_List]:
        """Iterate over all resources (or lists of ``chunk_size``).

        APIs with list filters declare their own ``__call__`` with them (the official parameters) and call
        ``_iterate``; this one serves the APIs without filters.

        Example:
            >>> for asset_list in client.assets(chunk_size=2500):  # doctest: +SKIP
            ...     asset_list
        """
        return self._iterate(chunk_size, None, limit, partitions)

    def _iterate(
        self,
        chunk_size: int | None,
        filter: dict[str, Any] | None = None,
        limit: int | None = None,
        partitions: int | None = None,
        advanced_filter: Any = None,
        sort: Any = None,
        body: dict[str, Any] | None = None,
    ) -> AsyncIterator[Any]:
        """The async iterator of a ``__call__``: objects one by one, or lists of ``chunk_size``."""
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        return self._list_generator(
            load=self._load,
            list_cls=self._new_list,
            chunk_size=chunk_size,
            limit=limit,
            filter=filter or None,
            body=_with_advanced(body, advanced_filter, sort),
            partitions=partitions,
        )

    def __aiter__(self) -> AsyncIterator[T_Res]:
        return self.__call__()

    async def _search(self, search: dict[str, Any], filter: Any = None, limit: int = 25, **kwargs: Any) -> T_List:
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= self._SEARCH_LIMIT:
            raise ValueError(f"search limit must be an int in 1..{self._SEARCH_LIMIT}")
        body: dict[str, Any] = {"search": {k: v for k, v in search.items() if v is not None}, "limit": limit}
        flt = self._filter_dump(filter)
        if flt:
            body["filter"] = flt
        items = await self._post_items(self._RESOURCE_PATH + "/search", body, **kwargs)
        return self._new_list(self._load(i) for i in items)

    async def _aggregate(self, body: dict[str, Any], **kwargs: Any) -> list[dict[str, Any]]:
        return await self._post_items(self._RESOURCE_PATH + "/aggregate", body, **kwargs)

    # -- aggregates (the public methods are in _mixins.AggregateMixin or declared per API) ------------------------
    async def _count(self, property: Any, advanced_filter: Any, filter: Any) -> int:
        body = self._aggregate_body("count", property, advanced_filter, None, filter)
        return count_of(await self._aggregate(body))

    async def _buckets(
        self, kind: str, property: Any, advanced_filter: Any, aggregate_filter: Any, filter: Any
    ) -> list[dict[str, Any]]:
        if property is None:
            raise ValueError("Give the property to aggregate")
        return await self._aggregate(self._aggregate_body(kind, property, advanced_filter, aggregate_filter, filter))

    def _aggregate_body(
        self, kind: str, property: Any, advanced_filter: Any, aggregate_filter: Any, filter: Any
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"aggregate": kind}
        flt = self._filter_dump(filter)
        if flt:
            body["filter"] = flt
        if property is not None and kind.endswith("Properties"):  # the keys under an object: {"path": ["metadata"]}
            body["path"] = property_path(property)
        elif property is not None:
            body["properties"] = [{"property": property_path(property)}]
        if advanced_filter is not None:
            body["advancedFilter"] = dump_advanced_filter(advanced_filter)
        agg = dump_aggregate_filter(aggregate_filter)
        if agg is not None:
            body["aggregateFilter"] = agg
        return body


def count_of(items: list[dict[str, Any]]) -> int:
    """The ``count`` of a count / cardinality aggregate answer."""
    return int(items[0]["count"]) if items else 0


def _with_advanced(body: dict[str, Any] | None, advanced_filter: Any, sort: Any) -> dict[str, Any] | None:
    """The list body with ``advancedFilter`` (a ``Filter`` or a wire dict) and ``sort`` (one spec or a list)."""
    if advanced_filter is None and sort is None:
        return body
    out = dict(body or {})
    if advanced_filter is not None:
        out["advancedFilter"] = dump_advanced_filter(advanced_filter)
    if sort is not None:
        out["sort"] = dump_sort(sort)
    return out


def dump_advanced_filter(advanced_filter: Any) -> dict[str, Any]:
    """A ``filters.Filter`` or a wire dict as the wire ``advancedFilter`` object."""
    if isinstance(advanced_filter, dict):
        return advanced_filter
    dump = getattr(advanced_filter, "dump", None)
    if dump is None:
        raise TypeError(f"advanced_filter must be a Filter or a dict, not {type(advanced_filter).__name__}")
    return cast("dict[str, Any]", dump(camel_case_property=True))


def dump_sort(sort: Any) -> list[dict[str, Any]]:
    """``"name"``, ``"name:desc"``, ``("name", "desc"[, "last"])``, a property enum, a ``*Sort`` object or a dict --
    or a list of them -- as the wire sort list ``[{"property": [...], "order": ..., "nulls": ...}]``."""
    if isinstance(sort, list):
        return [_sort_item(s) for s in sort]
    return [_sort_item(sort)]


def _sort_item(s: Any) -> dict[str, Any]:
    if isinstance(s, dict):
        return s
    if hasattr(s, "dump") and hasattr(s, "order"):  # a CogniteSort
        return cast("dict[str, Any]", s.dump(camel_case=True))
    nulls = "auto"  # CDF's default, spelt out as the official SDK does
    if isinstance(s, tuple):
        prop, order = s[0], s[1] if len(s) > 1 else "asc"
        nulls = s[2] if len(s) > 2 else "auto"
    elif isinstance(s, str) and ":" in s:
        prop, _, order = s.partition(":")
    else:
        prop, order = s, "asc"
    if order not in ("asc", "desc"):
        raise ValueError(f"sort order must be 'asc' or 'desc', not {order!r}")
    if nulls not in ("auto", "first", "last"):
        raise ValueError(f"sort nulls must be 'auto', 'first' or 'last', not {nulls!r}")
    return {"property": property_path(prop), "order": order, "nulls": nulls}


def property_path(prop: Any) -> list[str]:
    """A property as its wire path: ``"external_id"`` -> ``["externalId"]``, an enum -> its value, a list as given
    (its first element camel-cased: ``["metadata", "key"]`` keeps the user's key)."""
    if isinstance(prop, Enum):  # property enums hold the wire name already
        return [prop.value]
    value = prop
    if isinstance(value, str):
        return [to_camel(value)]
    if isinstance(value, (list, tuple)) and value and all(isinstance(p, str) for p in value):
        return [to_camel(value[0]), *value[1:]]
    raise TypeError(f"a property is a str, a list of str or a property enum, not {prop!r}")


def ids_or_external_ids(ids: Any, external_ids: Any) -> list[dict[str, Any]] | None:
    """``[{"id": ..}, {"externalId": ..}]`` for filters such as ``assetSubtreeIds``; None when both are None."""
    items = identifier_items(ids, external_ids)
    return items or None


def check_id_lists(ids: Iterable[Any] | None, external_ids: Iterable[Any] | None) -> None:
    """``ids`` must be a list of ints and ``external_ids`` a list of strings (clear error before sending)."""
    for name, values, typ in (("ids", ids, int), ("external_ids", external_ids, str)):
        if values is None:
            continue
        if isinstance(values, (str, int, Integral)):
            raise TypeError(f"{name} must be a list, not {type(values).__name__}")
        for v in values:
            ok = as_int_id(v) is not None if typ is int else isinstance(v, str)
            if not ok:
                raise TypeError(f"{name} must hold {typ.__name__} values, got {v!r}")


def _check_filter_fields(fields: dict[str, Any]) -> None:
    """Filter arguments a request would silently mis-send: lists holding None, time ranges that are not ranges."""
    for name, value in fields.items():
        if isinstance(value, (list, tuple)) and any(v is None for v in value):
            raise ValueError(f"{name}: must not contain None (got {list(value)!r:.80})")
        if name.endswith("_time") and not isinstance(value, (dict, CogniteObject)):
            raise TypeError(
                f"{name}: must be a dict like {{'min': ..., 'max': ...}} or a TimestampRange, not {type(value).__name__}"
            )
