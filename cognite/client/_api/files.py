"""Files API: metadata CRUD, upload (file / directory / bytes, multipart for large files), download."""

from __future__ import annotations

import asyncio
import math
import mimetypes
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, check_id_lists
from cognite.client._api._mixins import AggregateMixin, DeleteMixin, RetrieveMixin, UpdateMixin
from cognite.client._mechanisms.identifiers import identifier_items, single_identifier
from cognite.client.data_classes.files import FileMetadata, FileMetadataFilter, FileMetadataList, FileMetadataUpdate
from cognite.client.exceptions import CogniteFileUploadError

# Files above this size go through multipart upload, in parts of _PART_SIZE (CDF: 5 MiB..4000 MiB, <= 250 parts).
MULTIPART_THRESHOLD = 200 * 1024 * 1024
_PART_SIZE = 100 * 1024 * 1024
_MAX_PARTS = 250
_DOWNLOAD_LINK_LIMIT = 100


class FilesAPI(RetrieveMixin, DeleteMixin, UpdateMixin, AggregateMixin, ResourceAPI):
    """``client.files``"""

    _RESOURCE_PATH = "/files"
    _CONCURRENCY_CATEGORY = "files"
    _resource_cls = FileMetadata
    _list_cls = FileMetadataList
    _update_cls = FileMetadataUpdate
    _filter_cls = FileMetadataFilter

    # -- metadata ---------------------------------------------------------------------------------------------
    async def create(self, file_metadata: FileMetadata, overwrite: bool = False) -> tuple[FileMetadata, str]:
        """Create file metadata and get the URL to upload its content to.

        Example:
            >>> from cognite.client.data_classes import FileMetadata
            >>> meta, upload_url = client.files.create(FileMetadata(name="MyFile"))  # doctest: +SKIP
        """
        body = self._dump_write(file_metadata)
        res = (
            await self._post(self._RESOURCE_PATH, json=body, params={"overwrite": "true"} if overwrite else None)
        ).json()
        upload_url = res.pop("uploadUrl", None)
        return self._load(res), upload_url

    async def list(
        self,
        name: str | None = None,
        mime_type: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: Sequence[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | Sequence[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | Sequence[str] | None = None,
        labels: Any = None,
        geo_location: Any = None,
        source: str | None = None,
        created_time: Any = None,
        last_updated_time: Any = None,
        source_created_time: Any = None,
        source_modified_time: Any = None,
        uploaded_time: Any = None,
        external_id_prefix: str | None = None,
        directory_prefix: str | None = None,
        uploaded: bool | None = None,
        partitions: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
    ) -> FileMetadataList:
        """List file metadata matching the filters.

        Example:
            >>> files = client.files.list(external_id_prefix="prefix", limit=5)  # doctest: +SKIP
        """
        flt = self._list_filter(locals())
        return await self._list_filtered(flt, limit, partitions)

    async def search(self, name: str | None = None, filter: Any = None, limit: int = 100) -> FileMetadataList:
        """Fuzzy search on name, with an exact-match filter.

        Example:
            >>> res = client.files.search(name="some name")  # doctest: +SKIP
        """
        return await self._search({"name": name}, filter, limit)

    # -- upload -----------------------------------------------------------------------------------------------
    async def upload(
        self,
        path: str | Path,
        external_id: str | None = None,
        name: str | None = None,
        overwrite: bool = False,
        recursive: bool = False,
        **metadata: Any,
    ) -> Any:
        """Upload a file, or every file of a directory (``recursive`` descends into subdirectories).

        Metadata keywords (``source``, ``mime_type``, ``metadata``, ``asset_ids``, ``labels``, ``geo_location``, ...)
        are those of ``FileMetadata``. Returns the metadata (a list for a directory).

        Example:
            >>> meta = client.files.upload("/path/to/file", name="my_file", asset_ids=[1])  # doctest: +SKIP
        """
        p = Path(path).expanduser()
        if p.is_dir():
            if external_id is not None or name is not None:
                raise ValueError("external_id and name apply to one file, not a directory")
            files = sorted(f for f in (p.rglob("*") if recursive else p.iterdir()) if f.is_file())
            results = await asyncio.gather(*(self._upload_path(f, None, None, overwrite, metadata) for f in files))
            return self._new_list(results)
        if not p.is_file():
            raise FileNotFoundError(f"No file or directory at {p}")
        return await self._upload_path(p, external_id, name, overwrite, metadata)

    async def _upload_path(
        self, p: Path, external_id: str | None, name: str | None, overwrite: bool, metadata: dict[str, Any]
    ) -> FileMetadata:
        meta = FileMetadata(name=name or p.name, external_id=external_id, **metadata)
        if meta.mime_type is None:
            meta.mime_type = mimetypes.guess_type(p.name)[0]
        size = p.stat().st_size
        if size > MULTIPART_THRESHOLD:
            return await self._upload_multipart(meta, p, size, overwrite)
        return await self._upload_content(meta, await asyncio.to_thread(p.read_bytes), overwrite)

    async def upload_bytes(
        self,
        content: str | bytes | Any,
        name: str,
        external_id: str | None = None,
        overwrite: bool = False,
        **metadata: Any,
    ) -> FileMetadata:
        """Upload bytes (or a str, encoded as UTF-8, or a binary file object) as a new file.

        Example:
            >>> meta = client.files.upload_bytes(b"some content", name="my_file", asset_ids=[1, 2, 3])  # doctest: +SKIP
        """
        if isinstance(content, str):
            content = content.encode("utf-8")
        elif hasattr(content, "read"):
            content = content.read()
            content = content.encode("utf-8") if isinstance(content, str) else content
        if not isinstance(content, (bytes, bytearray)):
            raise TypeError("content must be bytes, str or a file object")
        meta = FileMetadata(name=name, external_id=external_id, **metadata)
        return await self._upload_content(meta, bytes(content), overwrite)

    async def upload_content_bytes(
        self, content: str | bytes, external_id: str | None = None, instance_id: dict[str, str] | None = None
    ) -> FileMetadata:
        """Upload content for file metadata that already exists (created earlier, or a data-modeling file).

        Example:
            >>> meta = client.files.upload_content_bytes(b"new content", external_id="report")  # doctest: +SKIP
        """
        if (external_id is None) == (instance_id is None):
            raise ValueError("Give exactly one of external_id and instance_id")
        data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
        ref = {"externalId": external_id} if external_id is not None else {"instanceId": instance_id}
        items = await self._post_items(self._RESOURCE_PATH + "/uploadlink", {"items": [ref]})
        meta = self._load({k: v for k, v in items[0].items() if k != "uploadUrl"})
        await self._put_content(items[0]["uploadUrl"], data, meta)
        return meta

    async def upload_content(
        self, path: str | Path, external_id: str | None = None, instance_id: dict[str, str] | None = None
    ) -> FileMetadata:
        """Upload a local file's content for file metadata that already exists.

        Example:
            >>> meta = client.files.upload_content("/path/to/report.pdf", external_id="report")  # doctest: +SKIP
        """
        p = Path(path).expanduser()
        if not p.is_file():
            raise FileNotFoundError(f"No file at {p}")
        return await self.upload_content_bytes(await asyncio.to_thread(p.read_bytes), external_id, instance_id)

    async def _upload_content(self, meta: FileMetadata, content: bytes, overwrite: bool) -> FileMetadata:
        created, upload_url = await self.create(meta, overwrite=overwrite)
        if upload_url is None:
            raise CogniteFileUploadError("CDF returned no upload URL", code=0)
        await self._put_content(upload_url, content, created, meta.mime_type)
        return created

    async def _put_content(
        self, upload_url: str, content: bytes, meta: FileMetadata, mime_type: str | None = None
    ) -> None:
        """PUT the bytes to the upload URL CDF gave (as is: no gzip) and mark ``meta`` uploaded."""
        content_type = mime_type or meta.mime_type or "application/octet-stream"
        await self._transfer("PUT", upload_url, content=content, headers={"content-type": content_type})
        meta.uploaded = True

    async def _upload_multipart(self, meta: FileMetadata, path: Path, size: int, overwrite: bool) -> FileMetadata:
        parts = min(_MAX_PARTS, max(1, math.ceil(size / _PART_SIZE)))
        part_size = math.ceil(size / parts)
        params = {"parts": parts, **({"overwrite": "true"} if overwrite else {})}
        res = (
            await self._post(self._RESOURCE_PATH + "/initmultipartupload", json=self._dump_write(meta), params=params)
        ).json()
        urls, upload_id = res.pop("uploadUrls"), res.pop("uploadId")

        async def put_part(i: int, url: str) -> None:
            def read() -> bytes:
                with open(path, "rb") as fh:
                    fh.seek(i * part_size)
                    return fh.read(part_size)

            data = await asyncio.to_thread(read)
            await self._transfer("PUT", url, content=data)

        await asyncio.gather(*(put_part(i, u) for i, u in enumerate(urls)))
        await self._post(
            self._RESOURCE_PATH + "/completemultipartupload", json={"id": res["id"], "uploadId": upload_id}
        )
        loaded = self._load(res)
        loaded.uploaded = True
        return loaded

    # -- download ---------------------------------------------------------------------------------------------
    async def retrieve_download_urls(
        self, id: int | Sequence[int] | None = None, external_id: str | Sequence[str] | None = None
    ) -> dict[Any, str]:
        """Download URLs keyed by id / external id (as given).

        Example:
            >>> urls = client.files.retrieve_download_urls(id=[1, 2])  # doctest: +SKIP
        """
        items = identifier_items(id, external_id)
        if not items:
            raise ValueError("Give at least one id or external_id")
        out: dict[Any, str] = {}
        for i in range(0, len(items), _DOWNLOAD_LINK_LIMIT):
            links = await self._post_items(
                self._RESOURCE_PATH + "/downloadlink", {"items": items[i : i + _DOWNLOAD_LINK_LIMIT]}
            )
            # CDF answers in request order; key by what was asked for
            for link, asked in zip(links, items[i : i + _DOWNLOAD_LINK_LIMIT], strict=True):
                out[asked.get("id", asked.get("externalId"))] = link["downloadUrl"]
        return out

    async def _fetch(self, url: str) -> bytes:
        return (await self._transfer("GET", url, headers={"accept": "*/*"})).content

    async def _transfer(
        self, method: str, url: str, content: bytes | None = None, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        """Move file content through the one transport: on the CDF host with auth; pre-signed cloud-storage URLs
        elsewhere without CDF's credentials or headers (the transport decides by host), raw bytes never gzipped."""
        return await self._request(
            method, url, content=content, headers=headers, timeout=self._config.file_transfer_timeout
        )

    async def download_bytes(self, id: int | None = None, external_id: str | None = None) -> bytes:
        """The content of one file.

        Example:
            >>> data = client.files.download_bytes(id=1)  # doctest: +SKIP
        """
        single_identifier(id, external_id)  # one file: checked before anything is sent
        urls = await self.retrieve_download_urls(id=id, external_id=external_id)
        return await self._fetch(next(iter(urls.values())))

    async def download_to_path(self, path: str | Path, id: int | None = None, external_id: str | None = None) -> None:
        """Download one file to ``path`` (parent directories are created).

        Example:
            >>> client.files.download_to_path("~/mydir/my_file.txt", id=123)  # doctest: +SKIP
        """
        target = Path(path).expanduser()
        data = await self.download_bytes(id=id, external_id=external_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(target.write_bytes, data)

    async def download(
        self,
        directory: str | Path,
        id: int | Sequence[int] | None = None,
        external_id: str | Sequence[str] | None = None,
        keep_directory_structure: bool = False,
    ) -> None:
        """Download files into ``directory`` under their names (``keep_directory_structure`` uses their ``directory``).

        Example:
            >>> client.files.download(directory="my_directory", id=[1, 2, 3], external_id=["abc"])  # doctest: +SKIP
        """
        root = Path(directory).expanduser()
        if not root.is_dir():
            raise NotADirectoryError(f"{root} is not a directory")
        check_id_lists(
            [id] if isinstance(id, int) else id, [external_id] if isinstance(external_id, str) else external_id
        )
        metas = await self._retrieve_ids(
            id if not isinstance(id, int) else [id], external_id if not isinstance(external_id, str) else [external_id]
        )
        names = [m.name for m in metas]
        duplicates = {n for n in names if names.count(n) > 1}
        if duplicates and not keep_directory_structure:
            raise ValueError(f"Several files are named {sorted(duplicates)}; they would overwrite each other")

        async def one(meta: FileMetadata) -> None:
            sub = root / (meta.directory or "").lstrip("/\\") if keep_directory_structure else root
            target = (sub / meta.name).resolve()
            if not str(target).startswith(str(root.resolve()) + os.sep):
                raise ValueError(f"File name {meta.name!r} would be written outside {root}")
            await self.download_to_path(target, id=meta.id)

        await asyncio.gather(*(one(m) for m in metas))
