"""``client.data_modeling.time_series`` / ``.files``: the core data model's time series and files as nodes.

Both are a view over the instances API with the core view as the default source (`CogniteTimeSeries` /
`CogniteFile`, v1); `files` adds content transfer by node id, done by the files API (a `CogniteFile` node is a
file named by its instance id). The datapoints of a `CogniteTimeSeries` node are read and written with
``client.time_series.data.*(instance_id=...)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, TypeAlias, cast, overload

from cognite.client._api_client import APIClient
from cognite.client.data_classes import filters as _filters
from cognite.client.data_classes.data_modeling.ids import NodeId, ViewId
from cognite.client.data_classes.data_modeling.instances import Node, NodeApply, NodeList

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.data_modeling.instances import InstanceSort
    from cognite.client.data_classes.data_modeling.views import View
    from cognite.client.data_classes.filters import Filter
    from cognite.client.utils.useful_types import SequenceNotStr

TimeSeriesType: TypeAlias = Literal["numeric", "string", "state"]
SourceArg: TypeAlias = "View | ViewId | tuple[str, str, str]"
NodeIds: TypeAlias = "NodeId | tuple[str, str] | Sequence[NodeId] | Sequence[tuple[str, str]]"

COGNITE_TIME_SERIES = ViewId("cdf_cdm", "CogniteTimeSeries", "v1")
COGNITE_FILE = ViewId("cdf_cdm", "CogniteFile", "v1")
DEFAULT_LIST_LIMIT = 25  # as the official SDK's list of these nodes


def _view_id(source: Any) -> ViewId:
    if isinstance(source, ViewId):
        return source
    if isinstance(source, tuple):
        return ViewId(*source)
    as_id = getattr(source, "as_id", None)
    if as_id is None:
        raise TypeError(f"source must be a View, a ViewId or a (space, external_id, version) tuple, got {source!r}")
    return cast("ViewId", as_id())


class _CoreNodesAPI(APIClient):
    """Retrieve and list the nodes of one core view (the subclass names it)."""

    @overload
    async def _retrieve_nodes(self, node_ids: NodeId | tuple[str, str], source: Any) -> Node | None: ...
    @overload
    async def _retrieve_nodes(
        self, node_ids: Sequence[NodeId] | Sequence[tuple[str, str]], source: Any
    ) -> NodeList[Node]: ...
    async def _retrieve_nodes(self, node_ids: Any, source: Any) -> Node | NodeList[Node] | None:
        instances = self._cognite_client.data_modeling.instances
        return cast("Node | NodeList[Node] | None", await instances.retrieve_nodes(node_ids, sources=_view_id(source)))

    async def _list_nodes(
        self, source: Any, space: Any, sort: Any, filter: Any, limit: int | None, extra: Filter | None = None
    ) -> NodeList[Node]:
        view = _view_id(source)
        flt: Any = filter
        if extra is not None:
            flt = extra if filter is None else _filters.And(extra, filter)
        instances = self._cognite_client.data_modeling.instances
        return cast(
            "NodeList[Node]",
            await instances.list(instance_type="node", sources=view, space=space, sort=sort, filter=flt, limit=limit),
        )


def _type_filter(view: ViewId, kinds: TimeSeriesType | Sequence[TimeSeriesType] | None) -> Filter | None:
    if kinds is None:
        return None
    wanted = [kinds] if isinstance(kinds, str) else list(kinds)
    bad = [k for k in wanted if k not in ("numeric", "string", "state")]
    if bad or not wanted:
        raise ValueError(f"time_series_type must be 'numeric', 'string' or 'state' (or a list of them), got {kinds!r}")
    prop = view.as_property_ref("type")
    return _filters.Equals(prop, wanted[0]) if len(wanted) == 1 else _filters.In(prop, wanted)


class DataModelingTimeSeriesAPI(_CoreNodesAPI):
    """``client.data_modeling.time_series``: `CogniteTimeSeries` nodes (datapoints: ``client.time_series.data``)."""

    @overload
    async def retrieve(
        self,
        node_ids: NodeId | tuple[str, str],
        *,
        source: SourceArg = COGNITE_TIME_SERIES,
        **options: Unpack[CallOptions],
    ) -> Node | None: ...
    @overload
    async def retrieve(
        self,
        node_ids: Sequence[NodeId] | Sequence[tuple[str, str]],
        *,
        source: SourceArg = COGNITE_TIME_SERIES,
        **options: Unpack[CallOptions],
    ) -> NodeList[Node]: ...
    async def retrieve(
        self, node_ids: NodeIds, *, source: SourceArg = COGNITE_TIME_SERIES, **options: Unpack[CallOptions]
    ) -> Node | NodeList[Node] | None:
        """Time series nodes with the properties of `source` (one id: the node or None; several: a NodeList).

        Example:
            >>> from cognite.client.data_classes.data_modeling import NodeId
            >>> ts = client.data_modeling.time_series.retrieve(NodeId("my_space", "pump-temp"))  # doctest: +SKIP
        """
        return await self._retrieve_nodes(node_ids, source)

    async def list(
        self,
        *,
        source: SourceArg = COGNITE_TIME_SERIES,
        space: str | SequenceNotStr[str] | None = None,
        sort: Sequence[InstanceSort | dict] | InstanceSort | dict | None = None,
        filter: Filter | dict[str, Any] | None = None,
        time_series_type: TimeSeriesType | Sequence[TimeSeriesType] | None = None,
        limit: int | None = DEFAULT_LIST_LIMIT,
        **options: Unpack[CallOptions],
    ) -> NodeList[Node]:
        """Time series nodes, optionally of some types (`numeric`, `string`, `state`); ``limit=None``: all.

        Example:
            >>> numeric = client.data_modeling.time_series.list(time_series_type="numeric", limit=None)  # doctest: +SKIP
        """
        extra = _type_filter(_view_id(source), time_series_type)
        return await self._list_nodes(source, space, sort, filter, limit, extra)


class DataModelingFilesAPI(_CoreNodesAPI):
    """``client.data_modeling.files``: `CogniteFile` nodes and their content."""

    @overload
    async def retrieve(
        self, node_ids: NodeId | tuple[str, str], *, source: SourceArg = COGNITE_FILE, **options: Unpack[CallOptions]
    ) -> Node | None: ...
    @overload
    async def retrieve(
        self,
        node_ids: Sequence[NodeId] | Sequence[tuple[str, str]],
        *,
        source: SourceArg = COGNITE_FILE,
        **options: Unpack[CallOptions],
    ) -> NodeList[Node]: ...
    async def retrieve(
        self, node_ids: NodeIds, *, source: SourceArg = COGNITE_FILE, **options: Unpack[CallOptions]
    ) -> Node | NodeList[Node] | None:
        """File nodes with the properties of `source` (one id: the node or None; several: a NodeList).

        Example:
            >>> doc = client.data_modeling.files.retrieve(("my_space", "manual"))  # doctest: +SKIP
        """
        return await self._retrieve_nodes(node_ids, source)

    async def list(
        self,
        *,
        source: SourceArg = COGNITE_FILE,
        space: str | SequenceNotStr[str] | None = None,
        sort: Sequence[InstanceSort | dict] | InstanceSort | dict | None = None,
        filter: Filter | dict[str, Any] | None = None,
        limit: int | None = DEFAULT_LIST_LIMIT,
        **options: Unpack[CallOptions],
    ) -> NodeList[Node]:
        """File nodes (``limit=None``: all).

        Example:
            >>> docs = client.data_modeling.files.list(space="my_space", limit=None)  # doctest: +SKIP
        """
        return await self._list_nodes(source, space, sort, filter, limit)

    # -- content, by node id (the files API does the transfer) ----------------------------------------------------
    async def upload_content(
        self, path: Path | str, node_id: NodeId | tuple[str, str], **options: Unpack[CallOptions]
    ) -> None:
        """Upload a local file as the content of an existing file node.

        Example:
            >>> client.data_modeling.files.upload_content("manual.pdf", ("my_space", "manual"))  # doctest: +SKIP
        """
        await self._cognite_client.files.upload_content(path, instance_id=node_id)

    async def upload_content_bytes(
        self, content: str | bytes | BinaryIO, node_id: NodeId | tuple[str, str], **options: Unpack[CallOptions]
    ) -> None:
        """Upload bytes (text is UTF-8 encoded) as the content of an existing file node.

        Example:
            >>> client.data_modeling.files.upload_content_bytes(b"%PDF", ("my_space", "manual"))  # doctest: +SKIP
        """
        await self._cognite_client.files.upload_content_bytes(content, instance_id=node_id)

    async def upload(self, path: Path | str, node: NodeApply, **options: Unpack[CallOptions]) -> None:
        """Apply the file node, then upload a local file as its content.

        Example:
            >>> client.data_modeling.files.upload("manual.pdf", node)  # doctest: +SKIP
        """
        await self._apply_file_node(node)
        await self.upload_content(path, node.as_id())

    async def upload_bytes(
        self, content: str | bytes | BinaryIO, node: NodeApply, **options: Unpack[CallOptions]
    ) -> None:
        """Apply the file node, then upload bytes as its content.

        Example:
            >>> client.data_modeling.files.upload_bytes(b"%PDF", node)  # doctest: +SKIP
        """
        await self._apply_file_node(node)
        await self.upload_content_bytes(content, node.as_id())

    async def _apply_file_node(self, node: NodeApply) -> None:
        if not isinstance(node, NodeApply):
            raise TypeError(f"node must be a NodeApply (a CogniteFile node), got {type(node).__name__}")
        await self._cognite_client.data_modeling.instances.apply(node)

    async def download_bytes(self, node_id: NodeId | tuple[str, str], **options: Unpack[CallOptions]) -> bytes:
        """The content of a file node.

        Example:
            >>> data = client.data_modeling.files.download_bytes(("my_space", "manual"))  # doctest: +SKIP
        """
        return await self._cognite_client.files.download_bytes(instance_id=node_id)

    async def download_to_path(
        self, path: Path | str, node_id: NodeId | tuple[str, str], **options: Unpack[CallOptions]
    ) -> None:
        """Write the content of a file node to `path`.

        Example:
            >>> client.data_modeling.files.download_to_path("manual.pdf", ("my_space", "manual"))  # doctest: +SKIP
        """
        await self._cognite_client.files.download_to_path(path, instance_id=node_id)

    async def download(
        self,
        directory: Path | str,
        node_ids: NodeId | tuple[str, str] | Sequence[NodeId | tuple[str, str]],
        keep_directory_structure: bool = False,
        resolve_duplicate_file_names: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Download file nodes into `directory` under their names (see ``client.files.download``).

        Example:
            >>> client.data_modeling.files.download("out", [("my_space", "a"), ("my_space", "b")])  # doctest: +SKIP
        """
        await self._cognite_client.files.download(
            directory,
            instance_id=node_ids,
            keep_directory_structure=keep_directory_structure,
            resolve_duplicate_file_names=resolve_duplicate_file_names,
        )

    async def retrieve_download_urls(
        self,
        node_ids: NodeId | tuple[str, str] | Sequence[NodeId | tuple[str, str]],
        *,
        extended_expiration: bool = False,
        **options: Unpack[CallOptions],
    ) -> dict[NodeId, str]:
        """Download URLs of file nodes, keyed by NodeId.

        Example:
            >>> urls = client.data_modeling.files.retrieve_download_urls(("my_space", "manual"))  # doctest: +SKIP
        """
        urls = await self._cognite_client.files.retrieve_download_urls(
            instance_id=_node_ids(node_ids), extended_expiration=extended_expiration
        )
        return {k: v for k, v in urls.items() if isinstance(k, NodeId)}


def _node_ids(value: Any) -> list[NodeId]:
    """One node id (NodeId or (space, external_id)) or a sequence of them, as a list of NodeIds."""
    one = isinstance(value, NodeId) or (
        isinstance(value, tuple) and len(value) == 2 and all(isinstance(x, str) for x in value)
    )
    return [NodeId.load(value)] if one else [NodeId.load(v) for v in value]
