"""Files: metadata plus content. Upload and download URLs point at the emulator itself
(/_emulator/projects/{project}/files/...), so clients PUT and GET the bytes exactly as they would against cloud storage."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Resource, check_items, endpoint
from cognite.emulator.store import Item

MAX_PARTS = 250
DOWNLOAD_LINKS_PER_REQUEST = 100


class Files(Resource):
    name = "files"
    label = "File"
    required = ("name",)
    has_instance_id = True
    defaults = {"uploaded": False}
    filters = {
        "name": f.eq("name"),
        "directoryPrefix": f.prefix("directory"),
        "mimeType": f.eq("mimeType"),
        "metadata": f.metadata(),
        "assetIds": f.ids_in("assetIds", many=True),
        "assetExternalIds": f.xids_in("assetIds", "assets", many=True),
        "assetSubtreeIds": f.asset_subtree("assetIds", many=True),
        "dataSetIds": f.refs_in("dataSetId", "datasets"),
        "labels": f.labels(),
        "source": f.eq("source"),
        "createdTime": f.time_range("createdTime"),
        "lastUpdatedTime": f.time_range("lastUpdatedTime"),
        "uploadedTime": f.time_range("uploadedTime"),
        "sourceCreatedTime": f.time_range("sourceCreatedTime"),
        "sourceModifiedTime": f.time_range("sourceModifiedTime"),
        "externalIdPrefix": f.prefix("externalId"),
        "uploaded": f.eq("uploaded"),
    }
    updates = {
        "externalId": "set",
        "directory": "set",
        "source": "set",
        "mimeType": "set",
        "metadata": "map",
        "assetIds": "list",
        "sourceCreatedTime": "set",
        "sourceModifiedTime": "set",
        "dataSetId": "set",
        "securityCategories": "list",
        "labels": "labels",
        "geoLocation": "set",
    }
    search_fields = ("name",)

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.content: dict[int, bytes] = {}
        self.parts: dict[int, tuple[str, dict[int, bytes]]] = {}  # id -> (uploadId, part number -> bytes)

    def reset(self) -> None:
        super().reset()
        self.content.clear()
        self.parts.clear()

    def dump(self) -> Any:
        return {
            "items": super().dump(),
            "content": {str(k): base64.b64encode(v).decode() for k, v in self.content.items()},
            "parts": {  # multipart uploads in progress
                str(k): [upload_id, {str(n): base64.b64encode(b).decode() for n, b in parts.items()}]
                for k, (upload_id, parts) in self.parts.items()
            },
        }

    def load(self, data: Any) -> None:
        super().load(data["items"])
        self.content = {int(k): base64.b64decode(v) for k, v in data["content"].items()}
        self.parts = {
            int(k): (upload_id, {int(n): base64.b64decode(b) for n, b in parts.items()})
            for k, (upload_id, parts) in data.get("parts", {}).items()
        }

    def after_delete(self, item: Item) -> None:
        self.content.pop(item["id"], None)
        self.parts.pop(item["id"], None)

    def routes(self) -> list[BaseRoute]:
        e, p = self.emu, self.path
        # POST /files is initFileUpload (one item, not {"items": [...]}).
        generic = [
            r for r in super().routes() if not (isinstance(r, Route) and r.path == p and "POST" in (r.methods or ()))
        ]
        return [
            *generic,
            Route(p, endpoint(e, self.handle_init_upload, 201), methods=["POST"]),
            Route(p + "/initmultipartupload", endpoint(e, self.handle_init_multipart, 201), methods=["POST"]),
            Route(p + "/completemultipartupload", endpoint(e, self.handle_complete_multipart), methods=["POST"]),
            Route(p + "/uploadlink", endpoint(e, self.handle_upload_link, 201), methods=["POST"]),
            Route(p + "/multiuploadlink", endpoint(e, self.handle_multi_upload_link, 201), methods=["POST"]),
            Route(p + "/downloadlink", endpoint(e, self.handle_download_link), methods=["POST"]),
        ]

    def control_routes(self) -> list[Route]:
        """Content routes, relative to /_emulator/projects/{project} (each project's files apart)."""
        base = "/files/{id:int}"
        return [
            Route(base + "/upload", self.upload_content, methods=["PUT", "POST"]),
            Route(base + "/parts/{part:int}", self.upload_part, methods=["PUT"]),
            Route(base + "/download", self.download_content, methods=["GET"]),
        ]

    # -- metadata + links -------------------------------------------------------------------------------------
    def _upload_url(self, req: Request, file_id: int) -> str:
        return f"{_content_url(req)}/{file_id}/upload"

    def _create_or_overwrite(self, body: dict[str, Any], req: Request) -> Item:
        if not isinstance(body.get("name"), str) or not body["name"]:
            raise CDFError(400, "name may not be blank")
        self.check_spec_limits("create", [body])
        if "instanceId" in body:  # not a field of ExternalFilesMetadata: such files are the core model's nodes
            raise CDFError(400, "instanceId cannot be set here: apply a CogniteFile node (/models/instances)")
        meta = {k: v for k, v in body.items() if v is not None and k not in ("id", "createdTime", "lastUpdatedTime")}
        meta.pop("uploaded", None)
        xid = meta.get("externalId")
        existing_id = self.store.by_xid.get(xid) if xid is not None else None
        if existing_id is not None:
            if req.query_params.get("overwrite") != "true":
                raise CDFError(409, "File id duplicated", duplicated=[{"externalId": xid}])
            old = self.store.items[existing_id]
            new = {**meta, "id": existing_id, "createdTime": old["createdTime"], "lastUpdatedTime": now_ms()}
            new["uploaded"] = False
            self.store.replace(old, new)
            self.content.pop(existing_id, None)
            return new
        return self.insert(meta)

    def handle_init_upload(self, body: dict[str, Any], req: Request) -> Any:
        item = self._create_or_overwrite(body, req)
        return {**item, "uploadUrl": self._upload_url(req, item["id"])}

    def handle_init_multipart(self, body: dict[str, Any], req: Request) -> Any:
        parts = _parts(req)
        return self._multipart(self._create_or_overwrite(body, req), parts, req)

    def handle_multi_upload_link(self, body: dict[str, Any], req: Request) -> Any:
        parts = _parts(req)
        item = self.lookup(check_items(body, 1), ignore_unknown=False)[0]
        return {"items": [self._multipart(item, parts, req)]}

    def _multipart(self, item: Item, parts: int, req: Request) -> Item:
        # From the file and the request's instant (not random): a journal replay hands out the same upload id.
        digest = hashlib.blake2b(f"{item['id']}:{now_ms()}".encode(), digest_size=9).digest()
        upload_id = base64.urlsafe_b64encode(digest).decode()
        self.parts[item["id"]] = (upload_id, {})
        base = f"{_content_url(req)}/{item['id']}/parts"
        return {**item, "uploadUrls": [f"{base}/{n}" for n in range(parts)], "uploadId": upload_id}

    def handle_complete_multipart(self, body: dict[str, Any], _req: Request) -> Any:
        item = self.lookup(
            [{k: body[k] for k in ("id", "externalId", "instanceId") if k in body}], ignore_unknown=False
        )[0]
        upload_id, parts = self.parts.get(item["id"], (None, {}))
        if upload_id is None or body.get("uploadId") != upload_id:
            raise CDFError(400, "Unknown uploadId for this file")
        self._store_content(item, b"".join(parts[n] for n in sorted(parts)))
        del self.parts[item["id"]]
        return {}

    def handle_upload_link(self, body: dict[str, Any], req: Request) -> Any:
        refs = check_items(body, 1)
        item = self.lookup(refs, ignore_unknown=False)[0]
        return {"items": [{**item, "uploadUrl": self._upload_url(req, item["id"])}]}

    def handle_download_link(self, body: dict[str, Any], req: Request) -> Any:
        refs = check_items(body, DOWNLOAD_LINKS_PER_REQUEST)
        items = self.lookup(refs, ignore_unknown=False)
        out = []
        for ref, item in zip(refs, items, strict=True):
            if not item.get("uploaded"):
                raise CDFError(400, f"File has not been uploaded: {ref}")
            link = {k: ref[k] for k in ("id", "externalId", "instanceId") if k in ref}
            link["downloadUrl"] = f"{_content_url(req)}/{item['id']}/download"
            out.append(link)
        return {"items": out}

    # -- content ----------------------------------------------------------------------------------------------
    def _store_content(self, item: Item, data: bytes) -> None:
        self.content[item["id"]] = data
        now = now_ms()
        new = {**item, "uploaded": True, "uploadedTime": now, "lastUpdatedTime": now}
        self.store.replace(item, new)
        if "instanceId" in new:  # a CogniteFile node: its isUploaded / uploadedTime follow
            self.emu.resource("core_mirror").file_uploaded(new)

    async def upload_content(self, req: Request) -> Response:
        data = await req.body()
        with self.emu.lock:
            item = self.store.get(req.path_params["id"])
            if item is None:
                raise CDFError(404, "File not found")
            self._store_content(item, data)
        return Response(status_code=200)

    async def upload_part(self, req: Request) -> Response:
        data = await req.body()
        with self.emu.lock:
            file_id = req.path_params["id"]
            if file_id not in self.parts:
                raise CDFError(404, "No multipart upload in progress for this file")
            self.parts[file_id][1][req.path_params["part"]] = data
        return Response(status_code=200)

    async def download_content(self, req: Request) -> Response:
        with self.emu.lock:
            item = self.store.get(req.path_params["id"])
            data = self.content.get(req.path_params["id"])
        if item is None or data is None:
            raise CDFError(404, "File content not found")
        return Response(data, media_type=item.get("mimeType") or "application/octet-stream")


def _parts(req: Request) -> int:
    raw = req.query_params.get("parts", "")
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PARTS:
        raise CDFError(400, f"parts must be between 1 and {MAX_PARTS}")
    return int(raw)


def _content_url(req: Request) -> str:
    """Where the request's project's file contents live (the links handed out for upload and download)."""
    # Not req.base_url: inside the project Mount that includes the mount path.
    return f"{req.url.scheme}://{req.url.netloc}/_emulator/projects/{req.path_params['project']}/files"
