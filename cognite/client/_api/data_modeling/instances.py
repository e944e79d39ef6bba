"""``client.data_modeling.instances``: apply, retrieve, delete and list nodes and edges.

Apply sends nodes and edges together in chunks of CDF's item limit, all chunks concurrently (the transport bounds
how many are in flight); a failure raises one error whose successful / failed / unknown lists hold the input
``NodeApply`` / ``EdgeApply`` objects. Lists follow the cursor page by page (``limit=None``: everything).
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias, TypeVar, cast, overload

from cognite.client._api.data_modeling.instances_query import InstancesQueryAPI
from cognite.client._mechanisms import paging
from cognite.client._mechanisms.bulk import load_all
from cognite.client._mechanisms.chunks import chunked, run_chunks
from cognite.client.data_classes import filters as _filters
from cognite.client.data_classes.aggregations import (
    AggregatedNumberedValue,
    Histogram,
    HistogramValue,
    MetricAggregation,
)
from cognite.client.data_classes.data_modeling.ids import EdgeId, NodeId, ViewId, ViewIdentifier
from cognite.client.data_classes.data_modeling.instances import (
    Edge,
    EdgeApply,
    EdgeApplyResult,
    EdgeApplyResultList,
    EdgeList,
    InstanceAggregationResult,
    InstanceAggregationResultList,
    InstanceInspectResultList,
    InstanceInspectResults,
    InstancesApplyResult,
    InstancesDeleteResult,
    InstanceSort,
    InstancesResult,
    InvolvedContainers,
    InvolvedViews,
    Node,
    NodeApply,
    NodeApplyResult,
    NodeApplyResultList,
    NodeList,
    TypeInformation,
)
from cognite.client.data_classes.data_modeling.typed_instances import TypedInstance

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.data_modeling.views import View
    from cognite.client.data_classes.filters import Filter
    from cognite.client.utils.useful_types import SequenceNotStr

#: Items per request of apply / byids / delete / list pages: ``maxItems`` of the spec's ``InstanceBulk.items``,
#: ``ListOfSpaceExternalIdsRequestWithTyping.items``, ``NodeOrEdgeDeleteRequest.items`` and the list ``limit``
#: (tests/data_modeling/test_instances_api.py checks them against the pinned spec).
INSTANCES_APPLY_LIMIT = 1000
INSTANCES_RETRIEVE_LIMIT = 1000
INSTANCES_DELETE_LIMIT = 1000
INSTANCES_LIST_LIMIT = 1000

T_Node = TypeVar("T_Node", bound=Node)
T_Edge = TypeVar("T_Edge", bound=Edge)

#: A view to read properties from: a ViewId, a (space, external_id[, version]) tuple, or a View.
Source: TypeAlias = "ViewIdentifier | View"
InstanceIds = Any  # NodeId | EdgeId | (space, external_id) | a sequence of them; checked by _instance_ids


def _instance_ids(values: Any, kind: Literal["node", "edge"]) -> list[dict[str, str]]:
    """Wire identifiers ``{"instanceType", "space", "externalId"}``; a bad one raises before anything is sent."""
    if values is None:
        return []
    id_cls = NodeId if kind == "node" else EdgeId
    many = not (isinstance(values, (NodeId, EdgeId)) or (isinstance(values, tuple) and _is_pair(values)))
    seq = list(values) if many else [values]
    out = []
    for v in seq:
        if isinstance(v, id_cls):
            space, xid = v.space, v.external_id
        elif isinstance(v, tuple) and _is_pair(v):
            space, xid = v
        else:
            raise TypeError(f"{kind}s must be {id_cls.__name__}s or (space, external_id) tuples, got {v!r}")
        out.append({"instanceType": kind, "space": space, "externalId": xid})
    return out


def _raise_first_duplicate(items: list[NodeApply | EdgeApply]) -> None:
    seen: set[tuple[str, str, str]] = set()
    for i in items:
        key = (i._instance_type, i.space, i.external_id)
        if key in seen:
            raise ValueError(f"{key[0]} ({key[1]!r}, {key[2]!r}) is given more than once in one apply call")
        seen.add(key)


def _is_pair(v: tuple[Any, ...]) -> bool:
    return len(v) == 2 and isinstance(v[0], str) and isinstance(v[1], str)


def _sources(sources: Any) -> list[dict[str, Any]] | None:
    if sources is None:
        return None
    seq = sources if isinstance(sources, Sequence) and not isinstance(sources, tuple) else [sources]
    return [{"source": _view_id(s).dump(camel_case=True, include_type=True)} for s in seq]


def _view_id(view: Any) -> ViewId:
    if isinstance(view, ViewId):
        return view
    as_id = getattr(view, "as_id", None)  # a View
    if callable(as_id):
        found = as_id()
        if isinstance(found, ViewId):
            return found
    if isinstance(view, tuple) and 2 <= len(view) <= 3 and all(isinstance(p, str) for p in view):
        return ViewId(*view)
    raise TypeError(f"a source is a ViewId, a View or a (space, external_id[, version]) tuple, not {view!r}")


def _space_filter(space: str | SequenceNotStr[str], instance_type: str) -> _filters.Filter:
    prop = [instance_type, "space"]
    if isinstance(space, str):
        return _filters.Equals(prop, space)
    spaces = list(space)
    if not all(isinstance(s, str) for s in spaces):
        raise TypeError(f"space must be a str or a list of str, got {space!r}")
    return _filters.In(prop, spaces)


def _dump_filter(flt: Any) -> dict[str, Any]:
    if isinstance(flt, dict):
        return flt
    if isinstance(flt, _filters.Filter):
        return flt.dump()
    raise TypeError(f"filter must be a Filter or a dict, not {type(flt).__name__}")


def _dump_sort(sort: Any) -> list[dict[str, Any]]:
    seq = sort if isinstance(sort, Sequence) and not isinstance(sort, (str, dict)) else [sort]
    out = []
    for s in seq:
        if isinstance(s, InstanceSort):
            out.append(s.dump(camel_case=True))
        elif isinstance(s, dict):
            out.append(s)
        else:
            raise TypeError(f"sort must be InstanceSort or dict (or a list of them), got {s!r}")
    return out


def _instance_type_of(instance_type: Any) -> tuple[Literal["node", "edge"], type[Any]]:
    """("node" | "edge", the class to load) from ``"node"`` / ``"edge"`` or a Node / Edge subclass."""
    if instance_type == "node":
        return "node", Node
    if instance_type == "edge":
        return "edge", Edge
    if isinstance(instance_type, type) and issubclass(instance_type, Node):
        return "node", instance_type
    if isinstance(instance_type, type) and issubclass(instance_type, Edge):
        return "edge", instance_type
    raise ValueError(f"instance_type must be 'node', 'edge' or a Node / Edge class, got {instance_type!r}")


def _sources_of(cls: type[Any], sources: Any) -> Any:
    """The sources to read: those given, else a typed class's own view (``TypedNode.get_source()``)."""
    if sources is None and issubclass(cls, TypedInstance):
        return cls.get_source()
    return sources


class InstancesAPI(InstancesQueryAPI):
    """``client.data_modeling.instances``"""

    _RESOURCE_PATH = "/models/instances"
    _CREATE_LIMIT: ClassVar[int] = INSTANCES_APPLY_LIMIT
    _RETRIEVE_LIMIT: ClassVar[int] = INSTANCES_RETRIEVE_LIMIT
    _DELETE_LIMIT: ClassVar[int] = INSTANCES_DELETE_LIMIT
    _LIST_LIMIT: ClassVar[int] = INSTANCES_LIST_LIMIT

    # -- apply -------------------------------------------------------------------------------------------------
    async def apply(
        self,
        nodes: NodeApply | Sequence[NodeApply] | None = None,
        edges: EdgeApply | Sequence[EdgeApply] | None = None,
        auto_create_start_nodes: bool = False,
        auto_create_end_nodes: bool = False,
        auto_create_direct_relations: bool = True,
        skip_on_version_conflict: bool = False,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> InstancesApplyResult:
        """Create or update nodes and edges (chunked at CDF's limit, sent concurrently).

        Example:
            >>> from cognite.client.data_classes.data_modeling import NodeApply, NodeOrEdgeData, ViewId
            >>> view = ViewId("my_space", "Pump", "v1")
            >>> res = client.data_modeling.instances.apply(  # doctest: +SKIP
            ...     NodeApply("my_space", "pump1", sources=[NodeOrEdgeData(view, {"name": "Pump 1"})])
            ... )
        """
        items: list[NodeApply | EdgeApply] = []
        for given, cls, name in ((nodes, NodeApply, "nodes"), (edges, EdgeApply, "edges")):
            if given is None:
                continue
            seq = [given] if isinstance(given, (NodeApply, EdgeApply)) else list(given)
            for i in seq:
                if not isinstance(i, cls):
                    raise TypeError(f"{name} must hold {cls.__name__} objects, got {type(i).__name__}")
            items.extend(cast("list[NodeApply | EdgeApply]", seq))
        # Everything is checked before the first request. The chunks hold the objects themselves: the transport
        # dumps them (their `dump`) while encoding a request that has its concurrency slot, so dumping the next
        # chunk overlaps the service's work on the one in flight, and error reports name the given objects.
        if len({(i._instance_type, i.space, i.external_id) for i in items}) < len(items):
            _raise_first_duplicate(items)
        if not items:
            return InstancesApplyResult(NodeApplyResultList([]), EdgeApplyResultList([]))
        flags = {
            "autoCreateStartNodes": auto_create_start_nodes,
            "autoCreateEndNodes": auto_create_end_nodes,
            "autoCreateDirectRelations": auto_create_direct_relations,
            "skipOnVersionConflict": skip_on_version_conflict,
            "replace": replace,
        }

        async def send(chunk: list[NodeApply | EdgeApply]) -> list[dict[str, Any]]:
            return await self._post_items(self._RESOURCE_PATH, {"items": chunk, **flags})

        results = await run_chunks(chunked(items, self._CREATE_LIMIT), send)
        node_results = load_all(NodeApplyResult._load, [r for r in results if r.get("instanceType") == "node"])
        edge_results = load_all(EdgeApplyResult._load, [r for r in results if r.get("instanceType") == "edge"])
        return InstancesApplyResult(NodeApplyResultList(node_results), EdgeApplyResultList(edge_results))

    # -- retrieve ----------------------------------------------------------------------------------------------
    async def _retrieve_raw(
        self, identifiers: list[dict[str, str]], sources: Any, include_typing: bool
    ) -> tuple[list[dict[str, Any]], TypeInformation | None]:
        extra: dict[str, Any] = {"includeTyping": include_typing}
        dumped_sources = _sources(sources)
        if dumped_sources:
            extra["sources"] = dumped_sources
        typing: dict[str, Any] = {}

        async def send(chunk: list[dict[str, str]]) -> list[dict[str, Any]]:
            response = await self._post(self._RESOURCE_PATH + "/byids", json={"items": chunk, **extra})
            body = response.json()
            for space, views in (body.get("typing") or {}).items():
                typing.setdefault(space, {}).update(views)
            return cast("list[dict[str, Any]]", body.get("items") or [])

        if not identifiers:
            return [], None
        found = await run_chunks(chunked(identifiers, self._RETRIEVE_LIMIT), send, fail_fast=True)
        return found, TypeInformation(typing) if include_typing else None

    async def retrieve(
        self,
        nodes: NodeId | Sequence[NodeId] | tuple[str, str] | Sequence[tuple[str, str]] | None = None,
        edges: EdgeId | Sequence[EdgeId] | tuple[str, str] | Sequence[tuple[str, str]] | None = None,
        sources: Source | Sequence[Source] | None = None,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> InstancesResult[Node, Edge]:
        """Nodes and edges by id (those that do not exist are left out).

        Example:
            >>> res = client.data_modeling.instances.retrieve(nodes=("my_space", "pump1"))  # doctest: +SKIP
        """
        identifiers = _instance_ids(nodes, "node") + _instance_ids(edges, "edge")
        found, typing = await self._retrieve_raw(identifiers, sources, include_typing)
        node_list: NodeList[Node] = NodeList(
            load_all(Node._load, [i for i in found if i.get("instanceType") == "node"]), typing=typing
        )
        edge_list: EdgeList[Edge] = EdgeList(
            load_all(Edge._load, [i for i in found if i.get("instanceType") == "edge"]), typing=typing
        )
        return InstancesResult(node_list, edge_list)

    @overload
    async def retrieve_nodes(
        self, nodes: NodeId | tuple[str, str], *, node_cls: type[T_Node], **options: Unpack[CallOptions]
    ) -> T_Node | None: ...
    @overload
    async def retrieve_nodes(
        self,
        nodes: NodeId | tuple[str, str],
        *,
        sources: Source | Sequence[Source] | None = None,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> Node | None: ...
    @overload
    async def retrieve_nodes(
        self,
        nodes: Sequence[NodeId] | Sequence[tuple[str, str]],
        *,
        node_cls: type[T_Node],
        **options: Unpack[CallOptions],
    ) -> NodeList[T_Node]: ...
    @overload
    async def retrieve_nodes(
        self,
        nodes: Sequence[NodeId] | Sequence[tuple[str, str]],
        *,
        sources: Source | Sequence[Source] | None = None,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> NodeList[Node]: ...
    async def retrieve_nodes(
        self,
        nodes: NodeId | Sequence[NodeId] | tuple[str, str] | Sequence[tuple[str, str]],
        node_cls: type[Node] = Node,
        sources: Source | Sequence[Source] | None = None,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> NodeList[Any] | Node | None:
        """One node (or None) for one id, a NodeList for several.

        Example:
            >>> node = client.data_modeling.instances.retrieve_nodes(("my_space", "pump1"))  # doctest: +SKIP
        """
        return await self._retrieve_typed(nodes, "node", node_cls, NodeList, sources, include_typing)

    @overload
    async def retrieve_edges(
        self, edges: EdgeId | tuple[str, str], *, edge_cls: type[T_Edge], **options: Unpack[CallOptions]
    ) -> T_Edge | None: ...
    @overload
    async def retrieve_edges(
        self,
        edges: EdgeId | tuple[str, str],
        *,
        sources: Source | Sequence[Source] | None = None,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> Edge | None: ...
    @overload
    async def retrieve_edges(
        self,
        edges: Sequence[EdgeId] | Sequence[tuple[str, str]],
        *,
        edge_cls: type[T_Edge],
        **options: Unpack[CallOptions],
    ) -> EdgeList[T_Edge]: ...
    @overload
    async def retrieve_edges(
        self,
        edges: Sequence[EdgeId] | Sequence[tuple[str, str]],
        *,
        sources: Source | Sequence[Source] | None = None,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> EdgeList[Edge]: ...
    async def retrieve_edges(
        self,
        edges: EdgeId | Sequence[EdgeId] | tuple[str, str] | Sequence[tuple[str, str]],
        edge_cls: type[Edge] = Edge,
        sources: Source | Sequence[Source] | None = None,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> EdgeList[Any] | Edge | None:
        """One edge (or None) for one id, an EdgeList for several.

        Example:
            >>> edge = client.data_modeling.instances.retrieve_edges(("my_space", "flows1"))  # doctest: +SKIP
        """
        return await self._retrieve_typed(edges, "edge", edge_cls, EdgeList, sources, include_typing)

    async def _retrieve_typed(
        self,
        ids: Any,
        kind: Literal["node", "edge"],
        cls: type[Any],
        list_cls: type[Any],
        sources: Any,
        include_typing: bool,
    ) -> Any:
        single = isinstance(ids, (NodeId, EdgeId)) or (isinstance(ids, tuple) and _is_pair(ids))
        sources = _sources_of(cls, sources)
        found, typing = await self._retrieve_raw(_instance_ids(ids, kind), sources, include_typing)
        loaded = load_all(cls._load, found)
        if single:
            return loaded[0] if loaded else None
        return list_cls(loaded, typing=typing)

    # -- delete ------------------------------------------------------------------------------------------------
    async def delete(
        self,
        nodes: NodeId | Sequence[NodeId] | tuple[str, str] | Sequence[tuple[str, str]] | None = None,
        edges: EdgeId | Sequence[EdgeId] | tuple[str, str] | Sequence[tuple[str, str]] | None = None,
        **options: Unpack[CallOptions],
    ) -> InstancesDeleteResult:
        """Delete nodes and edges by id (deleting one that does not exist is not an error).

        Example:
            >>> client.data_modeling.instances.delete(nodes=("my_space", "pump1"))  # doctest: +SKIP
        """
        identifiers = _instance_ids(nodes, "node") + _instance_ids(edges, "edge")
        if not identifiers:
            return InstancesDeleteResult([], [])

        async def send(chunk: list[dict[str, str]]) -> list[dict[str, Any]]:
            return await self._post_items(self._RESOURCE_PATH + "/delete", {"items": chunk})

        deleted = await run_chunks(
            chunked(identifiers, self._DELETE_LIMIT),
            send,
            unwrap=lambda d: (NodeId if d["instanceType"] == "node" else EdgeId)(d["space"], d["externalId"]),
        )
        return InstancesDeleteResult(
            [NodeId(d["space"], d["externalId"]) for d in deleted if d.get("instanceType") == "node"],
            [EdgeId(d["space"], d["externalId"]) for d in deleted if d.get("instanceType") == "edge"],
        )

    async def inspect(
        self,
        nodes: NodeId | Sequence[NodeId] | tuple[str, str] | Sequence[tuple[str, str]] | None = None,
        edges: EdgeId | Sequence[EdgeId] | tuple[str, str] | Sequence[tuple[str, str]] | None = None,
        *,
        involved_views: InvolvedViews | None = None,
        involved_containers: InvolvedContainers | None = None,
        **options: Unpack[CallOptions],
    ) -> InstanceInspectResults:
        """The views and / or containers that hold data of each instance.

        Example:
            >>> from cognite.client.data_classes.data_modeling.instances import InvolvedViews
            >>> res = client.data_modeling.instances.inspect(  # doctest: +SKIP
            ...     nodes=("my_space", "pump1"), involved_views=InvolvedViews(all_versions=True)
            ... )
        """
        operations: dict[str, Any] = {}  # an operation left out is not run (cheaper)
        if involved_views is not None:
            operations["involvedViews"] = {"allVersions": involved_views.all_versions}
        if involved_containers is not None:
            operations["involvedContainers"] = {}
        if not operations:
            raise ValueError("Give involved_views and / or involved_containers")
        identifiers = _instance_ids(nodes, "node") + _instance_ids(edges, "edge")
        if not identifiers:
            raise ValueError("Give at least one node or edge to inspect")

        async def send(chunk: list[dict[str, str]]) -> list[dict[str, Any]]:
            body = {"items": chunk, "inspectionOperations": operations}
            return await self._post_items(self._RESOURCE_PATH + "/inspect", body)

        items = await run_chunks(chunked(identifiers, self._RETRIEVE_LIMIT), send, fail_fast=True)
        return InstanceInspectResults(
            InstanceInspectResultList._load([i for i in items if i["instanceType"] == "node"]),
            InstanceInspectResultList._load([i for i in items if i["instanceType"] == "edge"]),
        )

    # -- list / iterate ----------------------------------------------------------------------------------------
    def _list_body(
        self,
        instance_type: Literal["node", "edge"],
        include_typing: bool,
        sources: Any,
        space: Any,
        sort: Any,
        filter: Any,
        debug: Any,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"instanceType": instance_type, "includeTyping": include_typing}
        dumped_sources = _sources(sources)
        if dumped_sources:
            body["sources"] = dumped_sources
        flt: dict[str, Any] | None = _dump_filter(filter) if filter is not None else None
        if space is not None:
            space_flt = _space_filter(space, instance_type).dump()
            flt = {"and": [space_flt, flt]} if flt else space_flt
        if flt:
            body["filter"] = flt
        if sort is not None:
            body["sort"] = _dump_sort(sort)
        if debug is not None:
            body["debug"] = debug.dump(camel_case=True) if hasattr(debug, "dump") else debug
        return body

    @overload
    async def list(
        self,
        instance_type: Literal["node"] = "node",
        include_typing: bool = False,
        sources: Source | Sequence[Source] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        sort: Sequence[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        debug: Any = None,
        **options: Unpack[CallOptions],
    ) -> NodeList[Node]: ...
    @overload
    async def list(
        self,
        instance_type: Literal["edge"],
        include_typing: bool = False,
        sources: Source | Sequence[Source] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        sort: Sequence[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        debug: Any = None,
        **options: Unpack[CallOptions],
    ) -> EdgeList[Edge]: ...
    @overload
    async def list(
        self,
        instance_type: type[T_Node],
        *,
        space: str | SequenceNotStr[str] | None = None,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        sort: Sequence[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        debug: Any = None,
        **options: Unpack[CallOptions],
    ) -> NodeList[T_Node]: ...
    @overload
    async def list(
        self,
        instance_type: type[T_Edge],
        *,
        space: str | SequenceNotStr[str] | None = None,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        sort: Sequence[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        debug: Any = None,
        **options: Unpack[CallOptions],
    ) -> EdgeList[T_Edge]: ...
    async def list(
        self,
        instance_type: Literal["node", "edge"] | type[T_Node] | type[T_Edge] = "node",
        include_typing: bool = False,
        sources: Source | Sequence[Source] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        sort: Sequence[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        debug: Any = None,
        **options: Unpack[CallOptions],
    ) -> NodeList[T_Node] | EdgeList[T_Edge]:
        """List nodes or edges, following the cursor (``limit=None``: all of them).

        Example:
            >>> from cognite.client.data_classes.data_modeling import ViewId
            >>> nodes = client.data_modeling.instances.list(  # doctest: +SKIP
            ...     instance_type="node", sources=ViewId("my_space", "Pump", "v1"), space="my_space", limit=None
            ... )
        """
        kind, cls = _instance_type_of(instance_type)
        body = self._list_body(kind, include_typing, _sources_of(cls, sources), space, sort, filter, debug)
        check = paging.check_limit(limit)  # before any request
        typing: dict[str, Any] = {}
        fetch = self._typing_fetcher(typing)
        loaded = await paging.collect_loaded(
            fetch, body, lambda page: load_all(cls._load, page), limit=check, page_size=self._LIST_LIMIT
        )
        list_cls = NodeList if kind == "node" else EdgeList
        return cast(
            "NodeList[T_Node] | EdgeList[T_Edge]",
            list_cls(loaded, typing=TypeInformation(typing) if include_typing else None),
        )

    def _typing_fetcher(self, typing: dict[str, Any]) -> paging.Fetch:
        """The list fetcher, merging each page's ``typing`` into ``typing``."""
        fetch = self._fetcher("POST", None, {})

        async def fetch_page(request: dict[str, Any]) -> dict[str, Any]:
            page = await fetch(request)
            for space, views in (page.get("typing") or {}).items():
                typing.setdefault(space, {}).update(views)
            return page

        return fetch_page

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        instance_type: Literal["node"] = "node",
        limit: int | None = None,
        include_typing: bool = False,
        sources: Source | Sequence[Source] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        sort: builtins.list[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        debug: Any = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Node]: ...
    @overload
    def __call__(
        self,
        chunk_size: None,
        instance_type: Literal["edge"],
        limit: int | None = None,
        include_typing: bool = False,
        sources: Source | Sequence[Source] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        sort: builtins.list[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        debug: Any = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Edge]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        instance_type: Literal["node"] = "node",
        limit: int | None = None,
        include_typing: bool = False,
        sources: Source | Sequence[Source] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        sort: builtins.list[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        debug: Any = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[NodeList[Node]]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        instance_type: Literal["edge"],
        limit: int | None = None,
        include_typing: bool = False,
        sources: Source | Sequence[Source] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        sort: builtins.list[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        debug: Any = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[EdgeList[Edge]]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        instance_type: Literal["node", "edge"] = "node",
        limit: int | None = None,
        include_typing: bool = False,
        sources: Source | Sequence[Source] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        sort: builtins.list[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        debug: Any = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Node] | AsyncIterator[Edge] | AsyncIterator[NodeList[Node]] | AsyncIterator[EdgeList[Edge]]:
        """Iterate over nodes or edges (or lists of ``chunk_size``), one page in memory at a time.

        Example:
            >>> for node_list in client.data_modeling.instances(chunk_size=1000, space="my_space"):  # doctest: +SKIP
            ...     node_list
        """
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        kind, cls = _instance_type_of(instance_type)
        body = self._list_body(kind, include_typing, _sources_of(cls, sources), space, sort, filter, debug)
        return self._iterate(kind, cls, body, chunk_size, paging.check_limit(limit))

    async def _iterate(
        self, kind: str, cls: type[Any], body: dict[str, Any], chunk_size: int | None, limit: int | None
    ) -> AsyncIterator[Any]:
        typing: dict[str, Any] = {}
        list_cls = NodeList if kind == "node" else EdgeList
        async for chunk in paging.iterate(
            self._typing_fetcher(typing), body, limit=limit, chunk_size=chunk_size, page_size=self._LIST_LIMIT
        ):
            if chunk_size is None:
                for raw in chunk:
                    yield cls._load(raw)
            else:
                yield list_cls(load_all(cls._load, chunk), typing=TypeInformation(typing) if typing else None)

    # -- search / aggregate ------------------------------------------------------------------------------------
    def _view_query_body(
        self,
        view: ViewId,
        query: str | None,
        instance_type: str,
        properties: Any,
        target_units: Any,
        space: Any,
        filter: Any,
        limit: int | None,
    ) -> dict[str, Any]:
        if not isinstance(view, ViewId):
            raise TypeError(f"view must be a ViewId, got {view!r}")
        if query is not None and not isinstance(query, str):
            raise TypeError(f"query must be a str, got {query!r}")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ValueError(f"limit must be a positive int, got {limit!r}")
        body: dict[str, Any] = {"view": view.dump(camel_case=True, include_type=True), "instanceType": instance_type}
        if query is not None:
            body["query"] = query
        if properties is not None:
            body["properties"] = [properties] if isinstance(properties, str) else list(properties)
        if target_units is not None:
            body["targetUnits"] = [u.dump(camel_case=True) if hasattr(u, "dump") else u for u in target_units]
        flt: dict[str, Any] | None = _dump_filter(filter) if filter is not None else None
        if space is not None:
            space_flt = _space_filter(space, instance_type).dump()
            flt = {"and": [space_flt, flt]} if flt else space_flt
        if flt:
            body["filter"] = flt
        if limit is not None:
            body["limit"] = limit
        return body

    @overload
    async def search(
        self,
        view: ViewId,
        query: str | None = None,
        *,
        instance_type: Literal["node"] = "node",
        properties: builtins.list[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        include_typing: bool = False,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        sort: Sequence[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        operator: Literal["AND", "OR"] = "AND",
        **options: Unpack[CallOptions],
    ) -> NodeList[Node]: ...
    @overload
    async def search(
        self,
        view: ViewId,
        query: str | None = None,
        *,
        instance_type: Literal["edge"],
        properties: builtins.list[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        include_typing: bool = False,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        sort: Sequence[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        operator: Literal["AND", "OR"] = "AND",
        **options: Unpack[CallOptions],
    ) -> EdgeList[Edge]: ...
    @overload
    async def search(
        self,
        view: ViewId,
        query: str | None = None,
        *,
        instance_type: type[T_Node],
        properties: builtins.list[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        include_typing: bool = False,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        sort: Sequence[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        operator: Literal["AND", "OR"] = "AND",
        **options: Unpack[CallOptions],
    ) -> NodeList[T_Node]: ...
    @overload
    async def search(
        self,
        view: ViewId,
        query: str | None = None,
        *,
        instance_type: type[T_Edge],
        properties: builtins.list[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        include_typing: bool = False,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        sort: Sequence[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        operator: Literal["AND", "OR"] = "AND",
        **options: Unpack[CallOptions],
    ) -> EdgeList[T_Edge]: ...
    async def search(
        self,
        view: ViewId,
        query: str | None = None,
        *,
        instance_type: Literal["node", "edge"] | type[T_Node] | type[T_Edge] = "node",
        properties: builtins.list[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        include_typing: bool = False,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        sort: Sequence[InstanceSort | dict[str, Any]] | InstanceSort | dict[str, Any] | None = None,
        operator: Literal["AND", "OR"] = "AND",
        **options: Unpack[CallOptions],
    ) -> NodeList[T_Node] | EdgeList[T_Edge]:
        """Full-text search over a view's text properties (``instance_type=MyTypedNode``: typed results).

        Example:
            >>> from cognite.client.data_classes.data_modeling import ViewId
            >>> res = client.data_modeling.instances.search(ViewId("my_space", "Pump", "v1"), "centrifugal")  # doctest: +SKIP
        """
        if operator not in ("AND", "OR"):
            raise ValueError(f"operator must be 'AND' or 'OR', got {operator!r}")
        kind, cls = _instance_type_of(instance_type)
        body = self._view_query_body(view, query, kind, properties, target_units, space, filter, limit)
        body["includeTyping"] = include_typing
        body["operator"] = operator
        if sort is not None:
            body["sort"] = _dump_sort(sort)
        response = await self._post(self._RESOURCE_PATH + "/search", json=body)
        page = response.json()
        typing = TypeInformation(page["typing"]) if include_typing and page.get("typing") else None
        list_cls = NodeList if kind == "node" else EdgeList
        return cast(
            "NodeList[T_Node] | EdgeList[T_Edge]", list_cls(load_all(cls._load, page.get("items") or []), typing=typing)
        )

    @overload
    async def aggregate(
        self,
        view: ViewId,
        aggregates: MetricAggregation | dict[str, Any],
        group_by: None = None,
        instance_type: Literal["node", "edge"] = "node",
        query: str | None = None,
        properties: str | SequenceNotStr[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> AggregatedNumberedValue: ...
    @overload
    async def aggregate(
        self,
        view: ViewId,
        aggregates: builtins.list[MetricAggregation | dict[str, Any]],
        group_by: None = None,
        instance_type: Literal["node", "edge"] = "node",
        query: str | None = None,
        properties: str | SequenceNotStr[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> builtins.list[AggregatedNumberedValue]: ...
    @overload
    async def aggregate(
        self,
        view: ViewId,
        aggregates: MetricAggregation | dict[str, Any] | builtins.list[MetricAggregation | dict[str, Any]],
        group_by: str | SequenceNotStr[str],
        instance_type: Literal["node", "edge"] = "node",
        query: str | None = None,
        properties: str | SequenceNotStr[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> InstanceAggregationResultList: ...
    async def aggregate(
        self,
        view: ViewId,
        aggregates: MetricAggregation | dict[str, Any] | Sequence[MetricAggregation | dict[str, Any]],
        group_by: str | SequenceNotStr[str] | None = None,
        instance_type: Literal["node", "edge"] = "node",
        query: str | None = None,
        properties: str | SequenceNotStr[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        limit: int | None = paging.DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> AggregatedNumberedValue | builtins.list[AggregatedNumberedValue] | InstanceAggregationResultList:
        """Metrics (count, avg, min, max, sum) over a view's instances, optionally per group.

        Example:
            >>> from cognite.client.data_classes.aggregations import Avg
            >>> from cognite.client.data_classes.data_modeling import ViewId
            >>> avg = client.data_modeling.instances.aggregate(ViewId("my_space", "Pump", "v1"), Avg("flow"))  # doctest: +SKIP
        """
        single = isinstance(aggregates, (MetricAggregation, dict))
        seq: builtins.list[Any] = [aggregates] if single else list(cast("Sequence[Any]", aggregates))
        for a in seq:
            if not isinstance(a, (MetricAggregation, dict)):
                raise TypeError(f"aggregates must be Count/Avg/Min/Max/Sum (or dicts), got {a!r}")
        body = self._view_query_body(view, query, instance_type, properties, target_units, space, filter, limit)
        body["aggregates"] = [a if isinstance(a, dict) else a.dump() for a in seq]
        if group_by is not None:
            body["groupBy"] = [group_by] if isinstance(group_by, str) else list(group_by)
        items = await self._post_items(self._RESOURCE_PATH + "/aggregate", body)
        if group_by is not None:
            return InstanceAggregationResultList([InstanceAggregationResult._load(i) for i in items])
        values = [AggregatedNumberedValue._load(a) for a in (items[0].get("aggregates") or [])] if items else []
        return values[0] if single and values else values

    @overload
    async def histogram(
        self,
        view: ViewId,
        histograms: Histogram,
        instance_type: Literal["node", "edge"] = "node",
        query: str | None = None,
        properties: SequenceNotStr[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        limit: int = paging.DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> HistogramValue: ...
    @overload
    async def histogram(
        self,
        view: ViewId,
        histograms: Sequence[Histogram],
        instance_type: Literal["node", "edge"] = "node",
        query: str | None = None,
        properties: SequenceNotStr[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        limit: int = paging.DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> builtins.list[HistogramValue]: ...
    async def histogram(
        self,
        view: ViewId,
        histograms: Histogram | Sequence[Histogram],
        instance_type: Literal["node", "edge"] = "node",
        query: str | None = None,
        properties: SequenceNotStr[str] | None = None,
        target_units: builtins.list[Any] | None = None,
        space: str | SequenceNotStr[str] | None = None,
        filter: Filter | dict[str, Any] | None = None,
        limit: int = paging.DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> HistogramValue | builtins.list[HistogramValue]:
        """Histograms (buckets of a fixed interval) of numeric properties of a view's instances.

        Example:
            >>> from cognite.client.data_classes.aggregations import Histogram
            >>> from cognite.client.data_classes.data_modeling import ViewId
            >>> h = client.data_modeling.instances.histogram(ViewId("my_space", "Pump", "v1"), Histogram("flow", 10))  # doctest: +SKIP
        """
        single = isinstance(histograms, Histogram)
        seq: builtins.list[Any] = [histograms] if single else list(cast("Sequence[Any]", histograms))
        for h in seq:
            if not isinstance(h, Histogram):
                raise TypeError(f"histograms must be Histogram objects, got {h!r}")
        body = self._view_query_body(view, query, instance_type, properties, target_units, space, filter, limit)
        body["aggregates"] = [h.dump() for h in seq]
        items = await self._post_items(self._RESOURCE_PATH + "/aggregate", body)
        values = [HistogramValue._load(a) for a in (items[0].get("aggregates") or [])] if items else []
        return values[0] if single and values else values
