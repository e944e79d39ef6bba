"""Documents: files seen through CDF's document index (text, type, language, page count...), search highlights,
the property enums of the documents filter language, and preview links."""

from __future__ import annotations

from enum import auto
from typing import Any, Literal

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList, load_one
from cognite.client.data_classes._generated import DocumentFields, SourceFileFields
from cognite.client.data_classes._properties import CogniteSort, EnumProperty, SortableProperty
from cognite.client.data_classes.aggregations import UniqueResult
from cognite.client.data_classes.labels import Label

__all__ = [
    "Document",
    "DocumentHighlight",
    "DocumentHighlightList",
    "DocumentList",
    "DocumentProperty",
    "DocumentSort",
    "DocumentUniqueResult",
    "DocumentsGeoJsonGeometry",
    "Highlight",
    "SortableDocumentProperty",
    "SortableSourceFileProperty",
    "SourceFile",
    "SourceFileProperty",
    "TemporaryLink",
]


class DocumentsGeoJsonGeometry(CogniteResource):
    """A GeoJSON geometry of a document (``coordinates``, or ``geometries`` for a collection).

    Example:
        >>> from cognite.client.data_classes.documents import DocumentsGeoJsonGeometry
        >>> DocumentsGeoJsonGeometry("Point", [10.7, 59.9]).dump()
        {'type': 'Point', 'coordinates': [10.7, 59.9]}
    """

    _fields = ("type", "coordinates", "geometries")
    _positional = _fields
    type: Literal[
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"
    ]
    coordinates: list[Any] | None
    geometries: list[DocumentsGeoJsonGeometry] | None

    def __init__(self, type: Any, coordinates: list[Any] | None = None, geometries: Any = None) -> None:
        geoms = (
            None
            if geometries is None
            else [g if isinstance(g, CogniteResource) else DocumentsGeoJsonGeometry._load(g) for g in geometries]
        )
        super().__init__(type=type, coordinates=coordinates, geometries=geoms)


class SourceFile(SourceFileFields):
    """The file a document was made from (its name, directory, mime type, size, hash, metadata...)."""


class Document(DocumentFields):
    """A document: a file in CDF's document index.

    Example:
        >>> from cognite.client.data_classes.documents import Document
        >>> Document.load({"id": 1, "createdTime": 0, "sourceFile": {"name": "a.txt"}}).source_file.name
        'a.txt'
    """


class DocumentList(CogniteResourceList[Document]):
    _RESOURCE = Document


class Highlight(CogniteResource):
    """The matches of a search in a document's ``name`` and ``content`` (matches wrapped in ``<em>``)."""

    _fields = ("name", "content")
    _positional = _fields
    name: list[str]
    content: list[str]

    def __init__(self, name: list[str], content: list[str]) -> None:
        super().__init__(name=name, content=content)


class DocumentHighlight(CogniteResource):
    """A search hit with its highlights."""

    _fields = ("highlight", "document")
    _positional = _fields
    _nested = {"highlight": load_one(Highlight), "document": load_one(Document)}
    highlight: Highlight
    document: Document

    def __init__(self, highlight: Highlight, document: Document) -> None:
        super().__init__(highlight=highlight, document=document)


class DocumentHighlightList(CogniteResourceList[DocumentHighlight]):
    _RESOURCE = DocumentHighlight


class DocumentUniqueResult(UniqueResult):
    """A bucket of a documents unique-values aggregate (label values load as ``Label``)."""

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> DocumentUniqueResult:
        values = [Label._load(v) if isinstance(v, dict) and "externalId" in v else v for v in resource["values"]]
        return cls(count=resource["count"], values=values)


class SourceFileProperty(EnumProperty):
    """Properties of a document's source file, for filters and aggregates (``["sourceFile", name]``)."""

    name = auto()  # type: ignore[assignment]
    mime_type = auto()
    source = auto()
    data_set_id = auto()
    metadata = auto()
    size = auto()
    directory = auto()
    asset_ids = auto()
    asset_external_ids = auto()
    security_categories = auto()
    geo_location = auto()
    labels = auto()

    def as_reference(self) -> list[str]:
        return ["sourceFile", self.value]

    @staticmethod
    def metadata_key(key: str) -> list[str]:
        return ["sourceFile", "metadata", key]


class SortableSourceFileProperty(EnumProperty):
    name = auto()  # type: ignore[assignment]
    mime_type = auto()
    source = auto()
    data_set_id = auto()
    metadata = auto()

    def as_reference(self) -> list[str]:
        return ["sourceFile", self.value]

    @staticmethod
    def metadata_key(key: str) -> list[str]:
        return ["sourceFile", "metadata", key]


class DocumentProperty(EnumProperty):
    """Properties of a document, for filters and aggregates."""

    id = auto()
    external_id = auto()
    mime_type = auto()
    extension = auto()
    page_count = auto()
    producer = auto()
    author = auto()
    title = auto()
    language = auto()
    type = auto()
    created_time = auto()
    modified_time = auto()
    last_indexed_time = auto()
    geo_location = auto()
    asset_ids = auto()
    asset_external_ids = auto()
    labels = auto()
    content = auto()


class SortableDocumentProperty(EnumProperty):
    id = auto()
    external_id = auto()
    mime_type = auto()
    extension = auto()
    page_count = auto()
    author = auto()
    title = auto()
    language = auto()
    type = auto()
    created_time = auto()
    modified_time = auto()
    last_indexed_time = auto()


class DocumentSort(CogniteSort):
    """A documents sort key: a property (a document / source-file property enum, a name or a path) and ``asc`` /
    ``desc``.

    Example:
        >>> from cognite.client.data_classes.documents import DocumentSort, SourceFileProperty
        >>> DocumentSort(SourceFileProperty.name, "desc").dump()
        {'property': ['sourceFile', 'name'], 'order': 'desc'}
    """

    def __init__(self, property: SortableProperty, order: Literal["asc", "desc"] = "asc") -> None:
        super().__init__(property, order)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"property": document_property(self.property), "order": self.order}

    @classmethod
    def load(cls, sort: Any) -> DocumentSort:
        """A sort from a ``DocumentSort``, a property, or a ``(property, order)`` tuple."""
        if isinstance(sort, DocumentSort):
            return sort
        if isinstance(sort, tuple):
            return cls(sort[0], sort[1] if len(sort) > 1 else "asc")
        if isinstance(sort, dict):
            return cls(sort["property"], sort.get("order", "asc"))
        return cls(sort)


def document_property(prop: Any) -> list[str]:
    """A documents property as its wire path: enums know their path, a str is a top-level document property
    (camel-cased), a list is taken as given."""
    if isinstance(prop, EnumProperty):
        return prop.as_reference()
    if isinstance(prop, str):
        from cognite.client.data_classes._spec import to_camel

        return [to_camel(prop)]
    if isinstance(prop, (list, tuple)) and prop and all(isinstance(p, str) for p in prop):
        return list(prop)
    raise TypeError(f"a documents property is a property enum, a str or a list of str, not {prop!r}")


class TemporaryLink:
    """A short-lived download URL (``expires_at`` in ms since epoch)."""

    def __init__(self, url: str, expires_at: int) -> None:
        self.url = url
        self.expires_at = expires_at

    @classmethod
    def load(cls, data: dict[str, Any]) -> TemporaryLink:
        return cls(url=data["temporaryLink"], expires_at=data["expirationTime"])

    def dump(self) -> dict[str, Any]:
        return {"temporaryLink": self.url, "expirationTime": self.expires_at}

    def __repr__(self) -> str:
        return f"TemporaryLink(url={self.url!r}, expires_at={self.expires_at})"
