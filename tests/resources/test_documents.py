"""Documents through the SDK against the emulator: the index over uploaded files (metadata and text), search with
highlights, the documents filter language, aggregates, content; previews and non-text extraction refused clearly."""

from __future__ import annotations

import io
from typing import Any

import pytest

from cognite.client.data_classes import (
    Asset,
    Document,
    DocumentHighlightList,
    DocumentList,
    FileMetadataWrite,
    Label,
    LabelDefinitionWrite,
    filters,
)
from cognite.client.data_classes.aggregations import Prefix
from cognite.client.data_classes.data_modeling.ids import NodeId
from cognite.client.data_classes.documents import DocumentProperty, DocumentSort, SourceFileProperty
from cognite.client.exceptions import CogniteAPIError


@pytest.fixture
async def docs(client: Any, resolve: Any) -> dict[str, Any]:
    plant = await resolve(client.assets.create(Asset(external_id="plant", name="Plant")))
    asset = await resolve(client.assets.create(Asset(external_id="pump-1", name="Pump 1", parent_id=plant.id)))
    files = client.files
    made = {
        "manual": await resolve(
            files.upload_bytes(
                "The pump manual. Check the pump seals weekly.",
                name="manual.txt",
                external_id="manual",
                mime_type="text/plain",
                metadata={"site": "oslo", "kind": "manual"},
                asset_ids=[asset.id],
                source="sharepoint",
            )
        ),
        "report": await resolve(
            files.upload_bytes(
                '{"report": "valve inspection"}',
                name="report.json",
                mime_type="application/json",
                metadata={"site": "bergen"},
                source="sap",
            )
        ),
        "drawing": await resolve(
            files.upload_bytes(b"%PDF-1.4\x00binary", name="drawing.pdf", mime_type="application/pdf", source="sap")
        ),
    }
    await resolve(files.create(FileMetadataWrite(name="empty.txt")))  # no content uploaded: no document
    return made


async def test_list_filter_sort_and_iterate(client: Any, resolve: Any, drain: Any, docs: dict[str, Any]) -> None:
    everything = await resolve(client.documents.list(limit=None))
    assert isinstance(everything, DocumentList) and len(everything) == 3
    manual = everything.get(id=docs["manual"].id)
    assert isinstance(manual, Document) and manual.external_id == "manual"
    assert (manual.mime_type, manual.extension, manual.type) == ("text/plain", "txt", "Plain text")
    assert manual.source_file.metadata == {"site": "oslo", "kind": "manual"} and manual.source_file.size == 45
    assert manual.asset_ids == [docs["manual"].asset_ids[0]]

    is_sap = filters.Equals(SourceFileProperty.source, "sap")
    assert sorted(d.source_file.name for d in await resolve(client.documents.list(filter=is_sap))) == [
        "drawing.pdf",
        "report.json",
    ]
    in_oslo = filters.Equals(SourceFileProperty.metadata_key("site"), "oslo")
    assert [d.id for d in await resolve(client.documents.list(filter=in_oslo))] == [docs["manual"].id]
    by_asset = filters.ContainsAny(DocumentProperty.asset_external_ids, ["pump-1"])
    assert [d.id for d in await resolve(client.documents.list(filter=by_asset))] == [docs["manual"].id]
    wire = {"prefix": {"property": ["sourceFile", "name"], "value": "dra"}}
    assert [d.source_file.name for d in await resolve(client.documents.list(filter=wire))] == ["drawing.pdf"]

    by_name = await resolve(client.documents.list(sort=DocumentSort(SourceFileProperty.name, "desc")))
    assert [d.source_file.name for d in by_name] == ["report.json", "manual.txt", "drawing.pdf"]
    by_tuple = await resolve(client.documents.list(sort=(DocumentProperty.mime_type, "asc")))
    assert by_tuple[0].mime_type == "application/json"
    assert len(await drain(client.documents(chunk_size=2))) == 2
    assert len(await drain(client.documents(filter=is_sap))) == 2
    root = await resolve(client.assets.retrieve(external_id="plant"))
    in_plant = filters.InAssetSubtree(DocumentProperty.asset_external_ids, ["plant"])
    assert [d.id for d in await resolve(client.documents.list(filter=in_plant))] == [docs["manual"].id]
    by_id = filters.InAssetSubtree(DocumentProperty.asset_ids, [root.id])
    outside = await resolve(client.documents.list(filter=filters.Not(by_id)))
    assert sorted(d.id for d in outside) == sorted([docs["report"].id, docs["drawing"].id])
    geo = {"geojsonIntersects": {"property": ["geoLocation"], "geometry": {"type": "Point", "coordinates": [1, 2]}}}
    with pytest.raises(CogniteAPIError, match="geojsonIntersects is not supported"):
        await resolve(client.documents.list(filter=geo))


async def test_search_and_highlight(client: Any, resolve: Any, docs: dict[str, Any]) -> None:
    hits = await resolve(client.documents.search("pump"))
    assert isinstance(hits, DocumentList) and [d.id for d in hits] == [docs["manual"].id]
    assert [d.id for d in await resolve(client.documents.search("valve"))] == [docs["report"].id]
    assert len(await resolve(client.documents.search('"seals weekly"'))) == 1
    assert len(await resolve(client.documents.search('"weekly seals"'))) == 0
    lit = await resolve(client.documents.search("pump", highlight=True))
    assert isinstance(lit, DocumentHighlightList)
    assert any("<em>pump</em>" in c for c in lit[0].highlight.content) and lit[0].document.id == docs["manual"].id
    only_sap = await resolve(client.documents.search("report", filter=filters.Equals(SourceFileProperty.source, "sap")))
    assert [d.id for d in only_sap] == [docs["report"].id]
    with pytest.raises(ValueError, match="limit"):
        await resolve(client.documents.search("x", limit=0))


async def test_aggregates(client: Any, resolve: Any, docs: dict[str, Any]) -> None:
    assert await resolve(client.documents.aggregate_count()) == 3
    assert await resolve(client.documents.aggregate_count(query="pump")) == 1
    assert await resolve(client.documents.aggregate_count(filter=filters.Equals(SourceFileProperty.source, "sap"))) == 2
    assert await resolve(client.documents.aggregate_cardinality_values(SourceFileProperty.source)) == 2
    assert await resolve(client.documents.aggregate_cardinality_values(DocumentProperty.mime_type)) == 3
    assert await resolve(client.documents.aggregate_cardinality_properties()) == 2
    sources = await resolve(client.documents.aggregate_unique_values(SourceFileProperty.source))
    assert [(r.values, r.count) for r in sources] == [(["sap"], 2), (["sharepoint"], 1)]
    only_s = await resolve(
        client.documents.aggregate_unique_values(SourceFileProperty.source, aggregate_filter=Prefix("sh"))
    )
    assert [r.values for r in only_s] == [["sharepoint"]]
    keys = await resolve(client.documents.aggregate_unique_properties(SourceFileProperty.metadata))
    assert [(r.values, r.count) for r in keys] == [(["site"], 2), (["kind"], 1)]
    assert len(await resolve(client.documents.aggregate_unique_values(SourceFileProperty.source, limit=1))) == 1
    with pytest.raises(CogniteAPIError, match="sourceFile"):
        await resolve(client.documents.aggregate_unique_properties(DocumentProperty.title))


async def test_content(client: Any, resolve: Any, docs: dict[str, Any]) -> None:
    text = await resolve(client.documents.retrieve_content(id=docs["manual"].id))
    assert text == b"The pump manual. Check the pump seals weekly."
    assert await resolve(client.documents.retrieve_content(external_id="manual")) == text
    buffer = io.BytesIO()
    await resolve(client.documents.retrieve_content_buffer(buffer, id=docs["report"].id))
    assert buffer.getvalue() == b'{"report": "valve inspection"}'
    with pytest.raises(CogniteAPIError, match="application/pdf documents needs CDF's document processing"):
        await resolve(client.documents.retrieve_content(id=docs["drawing"].id))
    with pytest.raises(CogniteAPIError, match="Document not found"):
        await resolve(client.documents.retrieve_content(external_id="nope"))
    with pytest.raises(CogniteAPIError, match="Document not found"):
        await resolve(client.documents.retrieve_content(instance_id=NodeId("sp", "nope")))
    with pytest.raises(ValueError, match="exactly one"):
        await resolve(client.documents.retrieve_content())


async def test_previews_are_refused_clearly(client: Any, resolve: Any, docs: dict[str, Any], tmp_path: Any) -> None:
    pid = docs["drawing"].id
    for call in (
        lambda: client.documents.previews.download_document_as_pdf_bytes(pid),
        lambda: client.documents.previews.download_page_as_png_bytes(pid, 1),
        lambda: client.documents.previews.retrieve_pdf_link(pid),
        lambda: client.documents.previews.download_document_as_pdf(tmp_path / "d.pdf", pid),
    ):
        with pytest.raises(CogniteAPIError, match="previews") as e:
            await resolve(call())
        assert e.value.code == 501
    with pytest.raises(ValueError, match="page_number"):
        await resolve(client.documents.previews.download_page_as_png_bytes(pid, 0))
    assert not (tmp_path / "d.pdf").exists()


async def test_label_buckets_are_labels(client: Any, resolve: Any) -> None:
    await resolve(client.labels.create(LabelDefinitionWrite(external_id="PUMP", name="pump")))
    await resolve(client.files.upload_bytes("x", name="a.txt", labels=[Label("PUMP")]))
    res = await resolve(client.documents.aggregate_unique_values(DocumentProperty.labels))
    assert [(r.values, r.count) for r in res] == [([Label("PUMP")], 1)]
