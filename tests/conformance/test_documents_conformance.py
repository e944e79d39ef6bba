"""The official SDK's documents docstring examples (search, list, aggregates, content) against the emulator's
documents over uploaded files. Setup lines (marked) upload the files and assets the examples refer to; the
examples run as written, except the unique-properties one, whose docstring calls aggregate_unique_values (the
method it documents is called), and the instance-id content one (it needs a data-modeling file node)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conformance.conftest import PROJECT, ServedEmulator


@pytest.fixture
def conformance_emulator_options() -> dict[str, Any]:
    return {"sequential_ids": True}


def test_documents_doc_examples(conformance_emulator: ServedEmulator, run_official: Any, tmp_path: Any) -> None:
    conformance_emulator.emu.project(PROJECT).ids.restart_at(123)  # the examples read document 123
    out = run_official(
        """
        import os
        from cognite.client.data_classes import AssetWrite as Asset
        # setup: a text document (id 123), a PDF linked to Plant_1's subtree, a JSON report
        os.chdir(PARAMS["tmp"])
        client.files.upload_bytes(
            "Solver log. CPLEX Error 1217: No Solution exists. Check the pump 123 constraints.",
            name="solver.txt", external_id="my_document", mime_type="text/plain", metadata={"site": "oslo"},
        )
        plant = client.assets.create(Asset(external_id="Plant_1", name="Plant 1"))
        client.assets.create(Asset(external_id="Plant_2", name="Plant 2"))
        pump = client.assets.create(Asset(external_id="pump-123", name="Pump 123", parent_id=plant.id))
        client.files.upload_bytes(b"%PDF-1.4 binary", name="pump 123 datasheet.pdf", mime_type="application/pdf",
                                  asset_ids=[pump.id], metadata={"site": "bergen", "rev": "2"})
        client.files.upload_bytes('{"abc": 1}', name="abc.json", external_id="abc-1", mime_type="application/json")

        count = client.documents.aggregate_count()
        from cognite.client.data_classes import filters
        from cognite.client.data_classes.documents import DocumentProperty
        is_pdf = filters.Equals(DocumentProperty.mime_type, "application/pdf")
        pdf_count = client.documents.aggregate_count(filter=is_pdf)
        in_plants = client.documents.aggregate_count(
            filter=filters.InAssetSubtree(
                property=DocumentProperty.asset_external_ids,
                values=["Plant_1", "Plant_2"],
            )
        )
        type_count = client.documents.aggregate_cardinality_values(DocumentProperty.type)
        is_plain_text = filters.Equals(DocumentProperty.mime_type, "text/plain")
        plain_text_author_count = client.documents.aggregate_cardinality_values(
            DocumentProperty.author, filter=is_plain_text
        )
        from cognite.client.data_classes import aggregations
        agg = aggregations
        is_not_text = agg.Not(agg.Prefix("text"))
        type_count_excluded_text = client.documents.aggregate_cardinality_values(
            DocumentProperty.type, aggregate_filter=is_not_text
        )
        key_count = client.documents.aggregate_cardinality_properties()
        result = client.documents.aggregate_unique_values(DocumentProperty.mime_type)
        unique_types = result.unique
        is_abc = filters.Prefix(DocumentProperty.external_id, "abc")
        result = client.documents.aggregate_unique_values(
            DocumentProperty.mime_type, filter=is_abc
        )
        abc_types = result.unique
        result = client.documents.aggregate_unique_values(
            DocumentProperty.mime_type, aggregate_filter=is_not_text
        )
        unique_mime_types = result.unique
        from cognite.client.data_classes.documents import SourceFileProperty
        result = client.documents.aggregate_unique_properties(SourceFileProperty.metadata)  # the docstring: _values
        keys = sorted((r.values, r.count) for r in result)

        content = client.documents.retrieve_content(id=123)
        content2 = client.documents.retrieve_content(external_id="my_document")
        from pathlib import Path
        with Path("my_file.txt").open("wb") as buffer:
            client.documents.retrieve_content_buffer(buffer, id=123)
        with Path("my_file.txt").open("wb") as buffer:
            client.documents.retrieve_content_buffer(buffer, external_id="my_document")
        written = Path("my_file.txt").read_text()

        documents = client.documents.search("pump 123", filter=is_pdf)
        found_pdf = [d.source_file.name for d in documents]
        from datetime import datetime, timedelta
        from cognite.client.utils import timestamp_to_ms
        last_week = filters.Range(
            DocumentProperty.created_time,
            gt=timestamp_to_ms(datetime.now() - timedelta(days=7)),
        )
        documents = client.documents.search(
            '"CPLEX Error 1217: No Solution exists."',
            highlight=True,
            filter=filters.And(is_plain_text, last_week),
        )
        highlights = [h.highlight.content for h in documents]
        pdf_documents = client.documents.list(filter=is_pdf)
        all_documents = client.documents.list(limit=100)
        iterated = [document.id for document in client.documents()]
        chunks = [len(document_list) for document_list in client.documents(chunk_size=250)]
        from cognite.client.data_classes.documents import SortableDocumentProperty
        documents = client.documents.list(sort=(SortableDocumentProperty.mime_type, "desc"))
        emit({
            "counts": [count, pdf_count, in_plants, type_count, plain_text_author_count, type_count_excluded_text,
                       key_count],
            "unique": [sorted(unique_types), abc_types, sorted(unique_mime_types)],
            "keys": keys,
            "content": [content.decode(), content == content2, written == content.decode()],
            "found_pdf": found_pdf,
            "highlights": highlights,
            "lists": [len(pdf_documents), len(all_documents), sorted(iterated), chunks],
            "sorted": [d.mime_type for d in documents],
        })
        """,
        tmp=str(tmp_path),
    )
    assert out["counts"] == [3, 1, 1, 3, 0, 3, 2]  # no document type starts with "text" (Plain text, PDF, Other)
    assert out["unique"] == [
        ["application/json", "application/pdf", "text/plain"],
        ["application/json"],
        ["application/json", "application/pdf"],
    ]
    assert out["keys"] == [[["rev"], 1], [["site"], 2]]
    text = "Solver log. CPLEX Error 1217: No Solution exists. Check the pump 123 constraints."
    assert out["content"] == [text, True, True]
    assert out["found_pdf"] == ["pump 123 datasheet.pdf"]
    assert len(out["highlights"]) == 1 and "<em>CPLEX Error 1217: No Solution exists.</em>" in out["highlights"][0][0]
    assert out["lists"] == [1, 3, [123, 127, 128], [3]]
    assert out["sorted"] == ["text/plain", "application/pdf", "application/json"]
