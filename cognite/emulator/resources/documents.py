"""Documents: the emulator's files seen through CDF's documents API (search, list, aggregate, content, previews).

A document is a file whose content was uploaded; its id is the file's. Its text is the content of a text file
(text/*, JSON, XML, CSV, or anything that is valid UTF-8 without NUL bytes): the emulator cannot extract text from
PDFs, images or office files, nor render previews (CDF's document processing does that), and says so with a clear
error. Filters are the documents filter language as far as the emulator can answer it (the geo filters get a clear
400); search matches query words (or a "quoted phrase") in the file name, the title
and the text.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cognite.client._spec_facts import limit_max_at
from cognite.emulator.aggregates import aggregate, compile_bucket_filter
from cognite.emulator.filters import compile_advanced, sort_items
from cognite.emulator.http import CDFError
from cognite.emulator.resource import check_limit, endpoint
from cognite.emulator.store import Item, offset_page

_TEXT_TYPES = ("application/json", "application/xml", "application/csv", "application/x-yaml", "application/yaml")
_TYPES = {"application/pdf": "PDF", "text/plain": "Plain text", "text/csv": "Spreadsheet", "text/html": "HTML"}
_HIGHLIGHT = 3  # fragments per field
_CANNOT = "needs CDF's document processing (text extraction and previews are not available in the local emulator)"
_LIMIT_DEFAULT = 100


class Documents:
    """The documents API over the files service (no state of its own)."""

    name = "documents"

    def __init__(self, emu: Any) -> None:
        self.emu = emu
        self.list_max = limit_max_at("POST", "/documents/list")
        self.search_max = limit_max_at("POST", "/documents/search")
        self.aggregate_max = limit_max_at("POST", "/documents/aggregate")

    def reset(self) -> None:
        """Documents are derived from files: nothing to reset."""

    def dump(self) -> Any:
        return None

    def load(self, data: Any) -> None:
        """Documents are derived from files: nothing to load."""

    def routes(self) -> list[BaseRoute]:
        e = self.emu
        return [
            Route("/documents/list", endpoint(e, self.handle_list), methods=["POST"]),
            Route("/documents/search", endpoint(e, self.handle_search), methods=["POST"]),
            Route("/documents/aggregate", endpoint(e, self.handle_aggregate), methods=["POST"]),
            Route("/documents/content", endpoint(e, self.handle_content), methods=["POST"]),
            Route("/documents/{id:int}/preview/pdf", endpoint(e, self.handle_preview), methods=["GET"]),
            Route("/documents/{id:int}/preview/pdf/temporarylink", endpoint(e, self.handle_preview), methods=["GET"]),
            Route(
                "/documents/{id:int}/preview/image/pages/{page:int}",
                endpoint(e, self.handle_preview),
                methods=["GET"],
            ),
        ]

    # -- the documents ---------------------------------------------------------------------------------------------
    def _files(self) -> Any:
        return self.emu.resource("files")

    def _text(self, file: Item, content: bytes) -> str | None:
        mime = file.get("mimeType") or mimetypes.guess_type(file.get("name", ""))[0] or ""
        if mime.startswith("text/") or mime in _TEXT_TYPES or (mime == "" or mime == "application/octet-stream"):
            if b"\x00" in content:
                return None
            try:
                return content.decode("utf-8")
            except UnicodeDecodeError:
                return None
        return None

    def _document(self, file: Item, content: bytes) -> tuple[Item, Item]:
        """(the wire document, the view filters and search see: the document plus `content`, `assetExternalIds`)."""
        name = file.get("name", "")
        mime = file.get("mimeType") or mimetypes.guess_type(name)[0]
        source: Item = {"name": name, "size": len(content), "hash": hashlib.sha256(content).hexdigest()}
        for key in ("directory", "source", "assetIds", "labels", "geoLocation", "securityCategories", "metadata"):
            if file.get(key) not in (None, [], {}):
                source[key] = file[key]
        if mime:
            source["mimeType"] = mime
        if file.get("dataSetId") is not None:
            source["datasetId"] = file["dataSetId"]
        doc: Item = {"id": file["id"], "createdTime": file["createdTime"], "sourceFile": source}
        for key in ("externalId", "instanceId", "assetIds", "labels", "geoLocation"):
            if file.get(key) not in (None, []):
                doc[key] = file[key]
        if mime:
            doc["mimeType"] = mime
        if "." in name:
            doc["extension"] = name.rsplit(".", 1)[1].lower()
        doc["type"] = _TYPES.get(mime or "", "Image" if (mime or "").startswith("image/") else "Other")
        doc["modifiedTime"] = file.get("sourceModifiedTime") or file["lastUpdatedTime"]
        doc["lastIndexedTime"] = file.get("uploadedTime") or file["lastUpdatedTime"]
        text = self._text(file, content)
        view = dict(doc)
        view["content"] = text
        asset_ids = file.get("assetIds") or []
        if asset_ids:
            assets = self.emu.resource("assets").store.items
            view["assetExternalIds"] = [
                assets[a]["externalId"] for a in asset_ids if assets.get(a, {}).get("externalId")
            ]
        return doc, view

    def _all(self) -> list[tuple[Item, Item]]:
        files = self._files()
        return [
            self._document(f, files.content[f["id"]]) for f in files.store.items.values() if f["id"] in files.content
        ]

    def _matching(self, body: dict[str, Any]) -> list[tuple[Item, Item]]:
        pred = _compile(body.get("filter"), self.emu)
        docs = self._all()
        return [d for d in docs if pred is None or pred(d[1])]

    # -- handlers -------------------------------------------------------------------------------------------------
    def handle_list(self, body: dict[str, Any], _req: Request) -> Any:
        limit = check_limit(body.get("limit"), _LIMIT_DEFAULT, self.list_max)
        docs = self._sorted(self._matching(body), body.get("sort"))
        page, cursor = offset_page(docs, limit, body.get("cursor"))
        out: dict[str, Any] = {"items": [doc for doc, _ in page]}
        if cursor is not None:
            out["nextCursor"] = cursor
        return out

    def handle_search(self, body: dict[str, Any], _req: Request) -> Any:
        limit = check_limit(body.get("limit"), _LIMIT_DEFAULT, self.search_max)
        query = _search_query(body)
        docs = self._matching(body)
        if query is not None:
            scored = [(score, n, d) for n, d in enumerate(docs) if (score := _score(d[1], query)) > 0]
            scored.sort(key=lambda t: (-t[0], t[1]))
            docs = [d for _, _, d in scored]
        if body.get("sort"):
            docs = self._sorted(docs, body["sort"])
        page, cursor = offset_page(docs, limit, body.get("cursor"))
        items = []
        for doc, view in page:
            entry: dict[str, Any] = {"item": doc}
            if body.get("highlight"):
                entry["highlight"] = _highlight(view, query)
            items.append(entry)
        out: dict[str, Any] = {"items": items}
        if cursor is not None:
            out["nextCursor"] = cursor
        return out

    def handle_aggregate(self, body: dict[str, Any], _req: Request) -> Any:
        query = _search_query(body)
        views = [view for _, view in self._matching(body) if query is None or _score(view, query) > 0]
        kind = body.get("aggregate", "count")
        limit = check_limit(body.get("limit"), 25, self.aggregate_max)
        if kind in ("uniqueProperties", "cardinalityProperties"):
            return {"items": _property_buckets(views, body, kind)[: limit if kind == "uniqueProperties" else None]}
        if kind not in ("count", "uniqueValues", "cardinalityValues"):
            raise CDFError(
                400,
                f"aggregate must be one of count, cardinalityValues, cardinalityProperties, uniqueValues, uniqueProperties, got {kind!r}",
            )
        items = aggregate(views, {k: v for k, v in body.items() if k != "filter"})
        props = body.get("properties") or [{}]
        if kind == "uniqueValues" and isinstance(props[0], dict) and (props[0].get("property") or [""])[-1] == "labels":
            items = [
                {**i, "values": [{"externalId": v} for v in i["values"]]} for i in items
            ]  # labels as CDF names them
        return {"items": items[:limit] if kind == "uniqueValues" else items}

    def _sorted(self, docs: list[tuple[Item, Item]], sort: Any) -> list[tuple[Item, Item]]:
        if not sort:
            return docs
        if not isinstance(sort, list) or len(sort) != 1:
            raise CDFError(400, "sort takes exactly one property")
        order = sort_items([{"_n": n, **view} for n, (_, view) in enumerate(docs)], sort)
        return [docs[v["_n"]] for v in order]

    def _file_of(self, body: dict[str, Any]) -> Item:
        refs: list[dict[str, Any]] = [{k: body[k]} for k in ("id", "externalId", "instanceId") if k in body]
        if len(refs) != 1:
            raise CDFError(400, "Give exactly one of id, externalId and instanceId")
        files = self._files()
        found = files.lookup(refs, ignore_unknown=True)
        if not found or found[0]["id"] not in files.content:
            raise CDFError(400, "Document not found", missing=refs)
        return found[0]  # type: ignore[no-any-return]

    def handle_content(self, body: dict[str, Any], _req: Request) -> Any:
        file = self._file_of(body)
        text = self._text(file, self._files().content[file["id"]])
        if text is None:
            mime = file.get("mimeType") or "this file type"
            raise CDFError(400, f"The text of {mime} documents {_CANNOT}")
        return Response(text.encode("utf-8")[: 1024 * 1024], media_type="text/plain; charset=utf-8")

    def handle_preview(self, _query: dict[str, Any], req: Request) -> Any:
        self._file_of({"id": req.path_params["id"]})
        raise CDFError(501, f"Document previews (PDF and PNG renderings) {_CANNOT}")


# -- filters, search, highlights, property aggregates ------------------------------------------------------------------
def _compile(flt: Any, emu: Any) -> Callable[[Item], bool] | None:
    """The documents filter language: and / or / not and inAssetSubtree here, the other leaves by
    `compile_advanced`; the geo filters get a clear 400."""
    if flt is None:
        return None
    if not isinstance(flt, dict) or len(flt) != 1:
        raise CDFError(400, "filter must be an object with exactly one operator")
    ((op, arg),) = flt.items()
    if op in ("and", "or") and isinstance(arg, list) and arg:
        parts = [p for p in (_compile(a, emu) for a in arg) if p is not None]
        return (lambda v: all(p(v) for p in parts)) if op == "and" else (lambda v: any(p(v) for p in parts))
    if op == "not" and isinstance(arg, dict):
        inner = _compile(arg, emu)
        return (lambda v: not inner(v)) if inner is not None else (lambda v: False)
    if op in ("geojsonIntersects", "geojsonDisjoint", "geojsonWithin"):
        raise CDFError(400, f"The documents filter {op} is not supported by the local CDF emulator")
    if op == "inAssetSubtree":
        return _in_asset_subtree(arg, emu)
    return compile_advanced(flt)


def _in_asset_subtree(arg: Any, emu: Any) -> Callable[[Item], bool]:
    """Documents linked to an asset in the subtrees of the given assets (ids for assetIds, external ids for
    assetExternalIds)."""
    if not isinstance(arg, dict) or not isinstance(arg.get("values"), list):
        raise CDFError(400, "inAssetSubtree takes a property and a list of values")
    prop = arg.get("property")
    assets = emu.resource("assets")
    if prop in (["assetIds"], ["sourceFile", "assetIds"]):
        roots = {v for v in arg["values"] if isinstance(v, int)}
    elif prop in (["assetExternalIds"], ["sourceFile", "assetExternalIds"]):
        roots = {assets.store.by_xid[x] for x in arg["values"] if x in assets.store.by_xid}
    else:
        raise CDFError(400, f"inAssetSubtree takes the property assetIds or assetExternalIds, got {prop!r}")
    subtree = assets.subtree_ids(roots) if roots else set()
    return lambda view: bool(subtree.intersection(view.get("assetIds") or []))


def _search_query(body: dict[str, Any]) -> str | None:
    search = body.get("search")
    if search is None:
        return None
    if not isinstance(search, dict) or not isinstance(search.get("query"), str):
        raise CDFError(400, "search.query must be a string")
    return search["query"]


def _terms(query: str) -> list[str]:
    """Quoted phrases stay whole; other words one by one (lower case)."""
    phrases = re.findall(r'"([^"]+)"', query)
    rest = re.sub(r'"[^"]*"', " ", query)
    return [p.lower() for p in phrases] + [w.lower() for w in re.findall(r"\w+", rest)]


def _fields(view: Item) -> dict[str, str]:
    return {
        "name": view["sourceFile"].get("name") or "",
        "title": view.get("title") or "",
        "content": view.get("content") or "",
    }


def _score(view: Item, query: str) -> int:
    terms = _terms(query)
    if not terms:
        return 1
    text = " ".join(_fields(view).values()).lower()
    return sum(text.count(t) for t in terms)


def _highlight(view: Item, query: str | None) -> dict[str, list[str]]:
    terms = _terms(query or "")
    out: dict[str, list[str]] = {"name": [], "content": []}
    if not terms:
        return out
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    fields = _fields(view)
    for field in ("name", "content"):
        text = fields[field]
        for m in list(pattern.finditer(text))[:_HIGHLIGHT]:
            start, end = max(0, m.start() - 40), min(len(text), m.end() + 40)
            out[field].append(text[start : m.start()] + "<em>" + m.group(0) + "</em>" + text[m.end() : end])
    return out


def _property_buckets(views: list[Item], body: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    if kind == "cardinalityProperties":  # the spec's form: "path": ["metadata"] (SDKs send the source file's path)
        path = body.get("path")
    else:
        props = body.get("properties")
        if not isinstance(props, list) or len(props) != 1 or not isinstance(props[0], dict):
            raise CDFError(400, 'properties must hold one property: [{"property": ["sourceFile", "metadata"]}]')
        path = props[0].get("property")
    if path not in (["sourceFile", "metadata"], ["metadata"]):
        raise CDFError(400, f'The only property with nested properties is ["sourceFile", "metadata"], got {path!r}')
    keep = compile_bucket_filter(body.get("aggregateFilter"))
    keys: dict[str, int] = {}
    for view in views:
        for key in view["sourceFile"].get("metadata") or {}:
            if keep(key):
                keys[key] = keys.get(key, 0) + 1
    if kind == "cardinalityProperties":
        return [{"count": len(keys)}]
    return [{"count": c, "values": [k]} for k, c in sorted(keys.items(), key=lambda kv: (-kv[1], kv[0]))]
