"""3D models, their revisions, and 3D files.

A revision's processing finishes at once: it is created with status "Done" and a small default node tree
(`threed_nodes.DEFAULT_TREE`). 3D file ids are file ids: GET /3d/files/{id} serves the bytes of the file uploaded
through the files API (a thumbnail, or the model file itself).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cognite.emulator.filters import Predicate
from cognite.emulator.http import CDFError
from cognite.emulator.nested import NestedResource, current_scope, scoped
from cognite.emulator.resource import Resource, endpoint
from cognite.emulator.store import Item

MAX_NAME_LENGTH = 255
VECTOR_FIELDS = ("rotation", "scale", "translation")


def _published(value: Any, res: Resource) -> Predicate:
    """Models with (published=true) or without (false) a published revision."""
    revisions = res.emu.resource("3d_revisions")
    wanted = value in (True, "true")
    return lambda model: any(r["published"] for r in revisions.children_of(modelId=model["id"])) == wanted


def _published_flag(value: Any, _res: Resource) -> Predicate:
    wanted = value in (True, "true")
    return lambda revision: revision["published"] == wanted


def _check_name(name: Any) -> None:
    if not isinstance(name, str) or not 1 <= len(name) <= MAX_NAME_LENGTH:
        raise CDFError(400, f"name must be a string of 1 to {MAX_NAME_LENGTH} characters")


class ThreeDModels(Resource):
    name = "3d_models"
    path = "/3d/models"
    label = "3D model"
    xid_field = None
    timestamps = ("createdTime",)
    required = ("name",)
    operations = frozenset({"create", "get_list", "update", "delete", "get_one"})
    updates = {"name": "required", "dataSetId": "set", "metadata": "map"}
    filters = {"published": _published}

    def prepare(self, item: Item) -> Item:
        _check_name(item["name"])
        return {k: item[k] for k in ("name", "dataSetId", "metadata") if k in item}

    def check_update(self, old: Item, new: Item) -> None:
        _check_name(new.get("name"))

    def after_delete(self, item: Item) -> None:
        revisions: ThreeDRevisions = self.emu.resource("3d_revisions")
        for revision in revisions.children_of(modelId=item["id"]):
            revisions.remove(revision)

    def handle_get_list(self, query: dict[str, Any], req: Request) -> Any:
        with_info = query.pop("includeRevisionInfo", "false") == "true"
        page = super().handle_get_list(query, req)
        if with_info:
            for model in page["items"]:
                model["lastRevisionInfo"] = self._revision_info(model["id"])
        return page

    def _revision_info(self, model_id: int) -> dict[str, Any]:
        revisions = self.emu.resource("3d_revisions").children_of(modelId=model_id)
        if not revisions:
            return {"revisionCount": 0, "types": []}
        last = revisions[-1]
        return {
            "status": last["status"],
            "revisionId": last["id"],
            "createdTime": last["createdTime"],
            "revisionCount": len(revisions),
            "types": [],
        }


class ThreeDRevisions(NestedResource):
    name = "3d_revisions"
    path = "/3d/models/{modelId:int}/revisions"
    label = "3D revision"
    xid_field = None
    parent_params = ("modelId",)
    timestamps = ("createdTime",)
    required = ("fileId",)
    defaults = {"published": False, "status": "Done"}
    operations = frozenset({"create", "get_list", "update", "delete", "get_one"})
    updates = {
        "published": "required",
        "rotation": "required",
        "scale": "required",
        "translation": "required",
        "camera": "required",
        "metadata": "map",
    }
    filters = {"published": _published_flag}

    def check_parent(self, params: dict[str, Any]) -> None:
        model_id = params["modelId"]
        if self.emu.resource("3d_models").store.get(model_id) is None:
            raise CDFError(400, "3D model not found", missing=[{"id": model_id}])

    def revision(self, model_id: int, revision_id: int) -> Item:
        """The revision, or CDF's 400 when the model or the revision is unknown."""
        self.check_parent({"modelId": model_id})
        item = self.store.get(revision_id)
        if item is None or item["_modelId"] != model_id:
            raise CDFError(400, "3D revision not found", missing=[{"id": revision_id}])
        return item

    def prepare(self, item: Item) -> Item:
        file_id = item["fileId"]
        if self.emu.resource("files").store.get(file_id) is None:
            raise CDFError(400, "File not found", missing=[{"id": file_id}])
        for field in VECTOR_FIELDS:
            _check_vector(field, item.get(field))
        allowed = ("fileId", "published", "metadata", "camera", *VECTOR_FIELDS)
        return {k: item[k] for k in allowed if k in item}

    def check_update(self, old: Item, new: Item) -> None:
        for field in VECTOR_FIELDS:
            _check_vector(field, new.get(field))
        if not isinstance(new.get("published"), bool):
            raise CDFError(400, "published must be a boolean")

    def create_items(self, items: list[Item]) -> list[Item]:
        created = super().create_items(items)
        for revision in created:  # processed at once: every new revision gets the default node tree
            self.emu.resource("3d_nodes").grow_default_tree(revision["id"])
        return created

    def remove(self, item: Item) -> None:
        self.store.remove(item["id"])
        self.after_delete(item)

    def after_delete(self, item: Item) -> None:
        self.emu.resource("3d_nodes").drop(item["id"])
        mappings = self.emu.resource("3d_mappings")
        for mapping in mappings.children_of(revisionId=item["id"]):
            mappings.store.remove(mapping["_key"])

    def render(self, item: Item) -> Item:
        out = super().render(item)
        out["assetMappingCount"] = len(self.emu.resource("3d_mappings").children_of(revisionId=item["id"]))
        return out

    def routes(self) -> list[BaseRoute]:
        e = self.emu
        thumbnail = Route(
            self.path + "/{revisionId:int}/thumbnail",
            scoped(e, endpoint(e, self.handle_thumbnail), self.check_parent),
            methods=["POST"],
        )
        return [*super().routes(), thumbnail]

    def handle_thumbnail(self, body: dict[str, Any], req: Request) -> Any:
        scope = current_scope()
        revision = self.revision(scope["modelId"], scope["revisionId"])
        file_id = body.get("fileId")
        if not isinstance(file_id, int) or self.emu.resource("files").store.get(file_id) is None:
            raise CDFError(400, "File not found", missing=[{"id": file_id}])
        project = req.path_params.get("project", "")
        url = f"{req.url.scheme}://{req.url.netloc}/api/v1/projects/{project}/3d/files/{file_id}"
        self.store.replace(revision, {**revision, "thumbnailThreedFileId": file_id, "thumbnailURL": url})
        return {}


def _check_vector(field: str, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, list) or len(value) != 3 or not all(isinstance(v, (int, float)) for v in value):
        raise CDFError(400, f"{field} must be a list of 3 numbers")


class ThreeDFiles:
    """GET /3d/files/{id}: the bytes of an uploaded file (not a Resource: read-only, no JSON)."""

    name = "3d_files"

    def __init__(self, emu: Any) -> None:
        self.emu = emu

    def routes(self) -> list[BaseRoute]:
        return [Route("/3d/files/{fileId:int}", self.download, methods=["GET"])]

    async def download(self, req: Request) -> Response:
        file_id = req.path_params["fileId"]
        files = self.emu.resource("files")
        with self.emu.lock:
            item, data = files.store.get(file_id), files.content.get(file_id)
        if item is None or data is None:
            raise CDFError(400, "3D file not found", missing=[{"id": file_id}])
        return Response(data, media_type=item.get("mimeType") or "application/octet-stream")

    def reset(self) -> None:
        """Nothing of its own: the bytes belong to the files service."""

    def dump(self) -> Any:
        return None

    def load(self, data: Any) -> None:
        """Nothing of its own to load."""
