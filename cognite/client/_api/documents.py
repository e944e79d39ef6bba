"""Documents API: search, list and aggregate CDF's document index, and download a document's text
(``previews`` from the API registry)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, count_of, dump_advanced_filter
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.aggregations import AggregationFilter, UniqueResultList, dump_aggregate_filter
from cognite.client.data_classes.data_modeling.ids import NodeId
from cognite.client.data_classes.documents import (
    Document,
    DocumentHighlightList,
    DocumentList,
    DocumentProperty,
    DocumentSort,
    DocumentUniqueResult,
    SourceFileProperty,
    document_property,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api.document_preview import DocumentPreviewAPI
    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes._properties import SortableProperty
    from cognite.client.data_classes.filters import Filter


def _dump_sort(sort: Any) -> list[dict[str, Any]] | None:
    return None if sort is None else [DocumentSort.load(sort).dump()]


def _content_identifier(id: int | None, external_id: str | None, instance_id: NodeId | None) -> dict[str, Any]:
    given = [(k, v) for k, v in (("id", id), ("externalId", external_id), ("instanceId", instance_id)) if v is not None]
    if len(given) != 1:
        raise ValueError("Give exactly one of id, external_id and instance_id")
    key, value = given[0]
    if key == "id" and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise TypeError(f"id must be a positive int, not {value!r}")
    if key == "externalId" and not isinstance(value, str):
        raise TypeError("external_id must be a str")
    if key == "instanceId":
        if not isinstance(value, NodeId):
            raise TypeError("instance_id must be a NodeId")
        return {key: {"space": value.space, "externalId": value.external_id}}
    return {key: value}


class DocumentsAPI(ResourceAPI[Document, DocumentList]):
    """``client.documents``"""

    previews: Accessor[DocumentPreviewAPI] = Accessor()

    _RESOURCE_PATH = "/documents"
    _resource_cls = Document
    _list_cls = DocumentList

    def _body(self, query: str | None, filter: Any, **more: Any) -> dict[str, Any]:
        body: dict[str, Any] = {k: v for k, v in more.items() if v is not None}
        if query is not None:
            if not isinstance(query, str):
                raise TypeError("query must be a str")
            body["search"] = {"query": query}
        if filter is not None:
            body["filter"] = dump_advanced_filter(filter)
        return body

    def _check_limit(self, limit: Any, maximum: int = 10_000) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= maximum:
            raise ValueError(f"limit must be an int in 1..{maximum}")

    @overload  # type: ignore[override]
    def __call__(
        self,
        chunk_size: None = None,
        filter: Filter | dict[str, Any] | None = None,
        sort: DocumentSort | SortableProperty | tuple[SortableProperty, Literal["asc", "desc"]] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Document]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        filter: Filter | dict[str, Any] | None = None,
        sort: DocumentSort | SortableProperty | tuple[SortableProperty, Literal["asc", "desc"]] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DocumentList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        filter: Filter | dict[str, Any] | None = None,
        sort: DocumentSort | SortableProperty | tuple[SortableProperty, Literal["asc", "desc"]] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Document] | AsyncIterator[DocumentList]:
        """Iterate over documents (or lists of ``chunk_size``), filtered and sorted like ``list``.

        Example:
            >>> for doc in client.documents(filter={"equals": {"property": ["mimeType"], "value": "text/plain"}}):  # doctest: +SKIP
            ...     doc
        """
        return self._iterate(chunk_size, None, limit, body=self._body(None, filter, sort=_dump_sort(sort)))

    async def list(
        self,
        filter: Filter | dict[str, Any] | None = None,
        sort: DocumentSort | SortableProperty | tuple[SortableProperty, Literal["asc", "desc"]] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> DocumentList:
        """List documents (all of them with ``limit=None``), filtered and sorted.

        Example:
            >>> from cognite.client.data_classes import filters
            >>> from cognite.client.data_classes.documents import DocumentProperty
            >>> docs = client.documents.list(filters.Equals(DocumentProperty.mime_type, "text/plain"))  # doctest: +SKIP
        """
        return await self._list_filtered(None, limit, body=self._body(None, filter, sort=_dump_sort(sort)))

    @overload
    async def search(
        self,
        query: str,
        highlight: Literal[False] = False,
        filter: Filter | dict[str, Any] | None = None,
        sort: DocumentSort | SortableProperty | tuple[SortableProperty, Literal["asc", "desc"]] | None = None,
        limit: int = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> DocumentList: ...
    @overload
    async def search(
        self,
        query: str,
        highlight: Literal[True],
        filter: Filter | dict[str, Any] | None = None,
        sort: DocumentSort | SortableProperty | tuple[SortableProperty, Literal["asc", "desc"]] | None = None,
        limit: int = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> DocumentHighlightList: ...
    async def search(
        self,
        query: str,
        highlight: bool = False,
        filter: Filter | dict[str, Any] | None = None,
        sort: DocumentSort | SortableProperty | tuple[SortableProperty, Literal["asc", "desc"]] | None = None,
        limit: int = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> DocumentList | DocumentHighlightList:
        """Search documents by their name, title and text (``"a phrase"`` in quotes); ``highlight`` returns the
        matches too.

        Example:
            >>> hits = client.documents.search("pump manual", highlight=True, limit=5)  # doctest: +SKIP
        """
        if not isinstance(query, str):
            raise TypeError("query must be a str")
        self._check_limit(limit, 1000)
        body = self._body(query, filter, sort=_dump_sort(sort), limit=limit, highlight=True if highlight else None)
        res = await self._post(self._RESOURCE_PATH + "/search", json=body)
        items = res.json().get("items") or []
        if highlight:
            return DocumentHighlightList._load(
                [
                    {"highlight": i.get("highlight") or {"name": [], "content": []}, "document": i["item"]}
                    for i in items
                ],
                cognite_client=self._cognite_client,
            )
        return DocumentList._load([i["item"] for i in items], cognite_client=self._cognite_client)

    # -- aggregates ------------------------------------------------------------------------------------------------
    async def _aggregate_items(
        self,
        kind: str,
        query: str | None,
        filter: Any,
        property: Any = None,
        aggregate_filter: Any = None,
        limit: int | None = None,
    ) -> builtins.list[dict[str, Any]]:
        body = self._body(query, filter, aggregate=kind, limit=limit)
        if property is not None and kind == "cardinalityProperties":  # the spec names it `path` here
            body["path"] = document_property(property)
        elif property is not None:
            body["properties"] = [{"property": document_property(property)}]
        agg = dump_aggregate_filter(aggregate_filter)
        if agg is not None:
            body["aggregateFilter"] = agg
        return await self._aggregate(body)

    async def aggregate_count(
        self, query: str | None = None, filter: Filter | dict[str, Any] | None = None, **options: Unpack[CallOptions]
    ) -> int:
        """Number of documents matching the search ``query`` and ``filter``.

        Example:
            >>> n = client.documents.aggregate_count(query="pump")  # doctest: +SKIP
        """
        return count_of(await self._aggregate_items("count", query, filter))

    async def aggregate_cardinality_values(
        self,
        property: DocumentProperty | SourceFileProperty | builtins.list[str] | str,
        query: str | None = None,
        filter: Filter | dict[str, Any] | None = None,
        aggregate_filter: AggregationFilter | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> int:
        """Number of distinct values of a property.

        Example:
            >>> from cognite.client.data_classes.documents import DocumentProperty
            >>> n = client.documents.aggregate_cardinality_values(DocumentProperty.type)  # doctest: +SKIP
        """
        return count_of(await self._aggregate_items("cardinalityValues", query, filter, property, aggregate_filter))

    async def aggregate_cardinality_properties(
        self,
        path: SourceFileProperty | builtins.list[str] = SourceFileProperty.metadata,
        query: str | None = None,
        filter: Filter | dict[str, Any] | None = None,
        aggregate_filter: AggregationFilter | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> int:
        """Number of distinct keys under the source file's metadata.

        Example:
            >>> n = client.documents.aggregate_cardinality_properties()  # doctest: +SKIP
        """
        return count_of(await self._aggregate_items("cardinalityProperties", query, filter, path, aggregate_filter))

    async def aggregate_unique_values(
        self,
        property: DocumentProperty | SourceFileProperty | builtins.list[str] | str,
        query: str | None = None,
        filter: Filter | dict[str, Any] | None = None,
        aggregate_filter: AggregationFilter | dict[str, Any] | None = None,
        limit: int = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> UniqueResultList:
        """Distinct values of a property with their counts, most frequent first.

        Example:
            >>> from cognite.client.data_classes.documents import SourceFileProperty
            >>> res = client.documents.aggregate_unique_values(SourceFileProperty.mime_type)  # doctest: +SKIP
        """
        self._check_limit(limit)
        items = await self._aggregate_items("uniqueValues", query, filter, property, aggregate_filter, limit)
        return UniqueResultList([DocumentUniqueResult._load(i) for i in items])

    async def aggregate_unique_properties(
        self,
        path: DocumentProperty | SourceFileProperty | builtins.list[str] | str,
        query: str | None = None,
        filter: Filter | dict[str, Any] | None = None,
        aggregate_filter: AggregationFilter | dict[str, Any] | None = None,
        limit: int = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> UniqueResultList:
        """Distinct keys under the source file's metadata with their counts.

        Example:
            >>> from cognite.client.data_classes.documents import SourceFileProperty
            >>> keys = client.documents.aggregate_unique_properties(SourceFileProperty.metadata)  # doctest: +SKIP
        """
        self._check_limit(limit)
        items = await self._aggregate_items("uniqueProperties", query, filter, path, aggregate_filter, limit)
        return UniqueResultList([DocumentUniqueResult._load(i) for i in items])

    # -- content ---------------------------------------------------------------------------------------------------
    async def retrieve_content(
        self,
        id: int | None = None,
        external_id: str | None = None,
        instance_id: NodeId | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes:
        """The document's text (the first MB of it), as UTF-8 bytes.

        Example:
            >>> text = client.documents.retrieve_content(id=123).decode()  # doctest: +SKIP
        """
        body = _content_identifier(id, external_id, instance_id)
        res = await self._post(self._RESOURCE_PATH + "/content", json=body, headers={"accept": "text/plain"})
        return res.content

    async def retrieve_content_buffer(
        self,
        buffer: BinaryIO,
        id: int | None = None,
        external_id: str | None = None,
        instance_id: NodeId | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Write the document's text into a binary buffer.

        Example:
            >>> from io import BytesIO
            >>> buffer = BytesIO()
            >>> client.documents.retrieve_content_buffer(buffer, id=123)  # doctest: +SKIP
        """
        if not hasattr(buffer, "write"):
            raise TypeError("buffer must be a writable binary file object")
        buffer.write(await self.retrieve_content(id, external_id, instance_id))
