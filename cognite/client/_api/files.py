"""Files API: metadata CRUD, upload (file / directory / bytes, multipart for large files), download."""

from __future__ import annotations

import asyncio
import math
import mimetypes
import os
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, overload

import httpx

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import DeleteMixin, RetrieveMixin, UpdateMixin
from cognite.client._mechanisms.identifiers import identifier_items
from cognite.client.data_classes.files import (
    FileMetadata,
    FileMetadataFilter,
    FileMetadataList,
    FileMetadataUpdate,
    FileMetadataWrite,
    FileMultipartUploadSession,
)
from cognite.client.data_classes.shared import AggregateResult
from cognite.client.exceptions import CogniteFileUploadError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.data_modeling.ids import NodeId
    from cognite.client.data_classes.labels import Label, LabelFilter
    from cognite.client.data_classes.shared import GeoLocation, GeoLocationFilter, TimestampRange
    from cognite.client.utils.useful_types import SequenceNotStr

# Files above this size go through multipart upload, in parts of _PART_SIZE (CDF: 5 MiB..4000 MiB, <= 250 parts).
MULTIPART_THRESHOLD = 200 * 1024 * 1024
_PART_SIZE = 100 * 1024 * 1024
_MAX_PARTS = 250
_DOWNLOAD_LINK_LIMIT = 100
# Arguments of the upload methods that are not file metadata.
_NOT_METADATA = frozenset({"self", "path", "content", "parts", "recursive", "overwrite", "options"})

Content = str | bytes | BinaryIO | AsyncIterator[bytes]


def _metadata(arguments: dict[str, Any]) -> FileMetadata:
    """The file metadata given as an upload method's keyword arguments (its ``locals()``)."""
    return FileMetadata(**{k: v for k, v in arguments.items() if k not in _NOT_METADATA and v is not None})


async def _as_bytes(content: Content) -> bytes:
    if isinstance(content, str):
        return content.encode("utf-8")
    if isinstance(content, (bytes, bytearray, memoryview)):
        return bytes(content)
    if hasattr(content, "__aiter__"):
        return b"".join([chunk async for chunk in content])
    if hasattr(content, "read"):
        data = await asyncio.to_thread(content.read)
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    raise TypeError(f"content must be str, bytes, a binary file object or an async iterator of bytes, not {content!r}")


def _unique_names(names: list[str]) -> list[str]:
    """``a.txt, a.txt`` -> ``a.txt, a(1).txt``: later duplicates get the first free number before the suffixes."""
    taken, out = set(names), []
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    for name in names:
        new = name
        if name in seen:
            suffix = "".join(Path(name).suffixes)
            base = name[: len(name) - len(suffix)] if suffix else name
            while new in seen or new in taken:
                counts[name] += 1
                new = f"{base}({counts[name]}){suffix}"
        seen.add(new)
        out.append(new)
    return out


class FilesAPI(
    RetrieveMixin[FileMetadata, FileMetadataList],
    DeleteMixin,
    UpdateMixin[FileMetadata, FileMetadataWrite, FileMetadataList, FileMetadataUpdate],
    ResourceAPI[FileMetadata, FileMetadataList],
):
    """``client.files``"""

    _RESOURCE_PATH = "/files"
    _CONCURRENCY_CATEGORY = "files"
    _resource_cls = FileMetadata
    _list_cls = FileMetadataList
    _update_cls = FileMetadataUpdate
    _filter_cls = FileMetadataFilter

    # -- metadata ---------------------------------------------------------------------------------------------
    @overload  # type: ignore[override]
    def __call__(
        self,
        chunk_size: None = None,
        name: str | None = None,
        mime_type: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        labels: LabelFilter | None = None,
        geo_location: GeoLocationFilter | None = None,
        source: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        source_created_time: dict[str, Any] | TimestampRange | None = None,
        source_modified_time: dict[str, Any] | TimestampRange | None = None,
        uploaded_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        directory_prefix: str | None = None,
        uploaded: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FileMetadata]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        name: str | None = None,
        mime_type: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        labels: LabelFilter | None = None,
        geo_location: GeoLocationFilter | None = None,
        source: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        source_created_time: dict[str, Any] | TimestampRange | None = None,
        source_modified_time: dict[str, Any] | TimestampRange | None = None,
        uploaded_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        directory_prefix: str | None = None,
        uploaded: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FileMetadataList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        name: str | None = None,
        mime_type: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        labels: LabelFilter | None = None,
        geo_location: GeoLocationFilter | None = None,
        source: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        source_created_time: dict[str, Any] | TimestampRange | None = None,
        source_modified_time: dict[str, Any] | TimestampRange | None = None,
        uploaded_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        directory_prefix: str | None = None,
        uploaded: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FileMetadata] | AsyncIterator[FileMetadataList]:
        """Iterate over files (or lists of ``chunk_size``) matching the filters of ``list``.

        Example:
            >>> for file_list in client.files(chunk_size=100, uploaded=True):  # doctest: +SKIP
            ...     file_list
        """
        return self._iterate(chunk_size, self._list_filter(locals()), limit)

    async def create(
        self, file_metadata: FileMetadata | FileMetadataWrite, overwrite: bool = False, **options: Unpack[CallOptions]
    ) -> tuple[FileMetadata, str]:
        """Create file metadata and get the URL to upload its content to.

        Example:
            >>> from cognite.client.data_classes import FileMetadataWrite
            >>> meta, upload_url = client.files.create(FileMetadataWrite(name="MyFile"))  # doctest: +SKIP
        """
        body = self._dump_write(file_metadata)
        res = (
            await self._post(self._RESOURCE_PATH, json=body, params={"overwrite": "true"} if overwrite else None)
        ).json()
        upload_url = res.pop("uploadUrl", None)
        return self._load(res), upload_url

    async def retrieve(  # type: ignore[override]
        self,
        id: int | None = None,
        external_id: str | None = None,
        instance_id: NodeId | None = None,
        **options: Unpack[CallOptions],
    ) -> FileMetadata | None:
        """One file's metadata by id, external id or instance id; None if it does not exist.

        Example:
            >>> from cognite.client.data_classes.data_modeling import NodeId
            >>> meta = client.files.retrieve(instance_id=NodeId("my_space", "report"))  # doctest: +SKIP
        """
        items = identifier_items(id, external_id, instance_id)
        if len(items) != 1:
            raise ValueError("Give exactly one of id, external_id and instance_id")
        return await self._retrieve(items[0], load=self._load)  # type: ignore[no-any-return]

    async def retrieve_multiple(  # type: ignore[override]
        self,
        ids: Sequence[int] | None = None,
        external_ids: SequenceNotStr[str] | None = None,
        instance_ids: Sequence[NodeId] | None = None,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> FileMetadataList:
        """Several files' metadata (unknown identifiers raise unless ignored).

        Example:
            >>> files = client.files.retrieve_multiple(ids=[1, 2], external_ids=["abc"])  # doctest: +SKIP
        """
        return await self._retrieve_ids(ids, external_ids, ignore_unknown_ids, instance_ids=instance_ids)

    async def aggregate_count(
        self, filter: FileMetadataFilter | dict[str, Any] | None = None, **options: Unpack[CallOptions]
    ) -> int:
        """Number of files matching an exact-match filter.

        Example:
            >>> n = client.files.aggregate_count(filter={"uploaded": True})  # doctest: +SKIP
        """
        items = await self._aggregate({"filter": self._filter_dump(filter)})
        return int(items[0]["count"]) if items else 0

    async def aggregate(
        self, filter: FileMetadataFilter | dict[str, Any] | None = None, **options: Unpack[CallOptions]
    ) -> list[AggregateResult]:
        """``[{"count": n}]`` of the files matching the filter (the older form of ``aggregate_count``).

        Example:
            >>> client.files.aggregate(filter={"uploaded": True})[0].count  # doctest: +SKIP
        """
        return [AggregateResult(i) for i in await self._aggregate({"filter": self._filter_dump(filter)})]

    async def list(
        self,
        name: str | None = None,
        mime_type: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        labels: LabelFilter | None = None,
        geo_location: GeoLocationFilter | None = None,
        source: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        source_created_time: dict[str, Any] | TimestampRange | None = None,
        source_modified_time: dict[str, Any] | TimestampRange | None = None,
        uploaded_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        directory_prefix: str | None = None,
        uploaded: bool | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> FileMetadataList:
        """List file metadata matching the filters.

        Example:
            >>> files = client.files.list(external_id_prefix="prefix", limit=5)  # doctest: +SKIP
        """
        return await self._list_filtered(self._list_filter(locals()), limit, partitions)

    async def search(
        self,
        name: str | None = None,
        filter: FileMetadataFilter | dict[str, Any] | None = None,
        limit: int = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> FileMetadataList:
        """Fuzzy search on name, with an exact-match filter.

        Example:
            >>> res = client.files.search(name="some name")  # doctest: +SKIP
        """
        return await self._search({"name": name}, filter, limit)

    # -- upload -----------------------------------------------------------------------------------------------
    async def upload(
        self,
        path: Path | str,
        external_id: str | None = None,
        name: str | None = None,
        source: str | None = None,
        mime_type: str | None = None,
        metadata: dict[str, str] | None = None,
        directory: str | None = None,
        asset_ids: Sequence[int] | None = None,
        source_created_time: int | None = None,
        source_modified_time: int | None = None,
        data_set_id: int | None = None,
        labels: Sequence[Label] | None = None,
        geo_location: GeoLocation | None = None,
        security_categories: Sequence[int] | None = None,
        recursive: bool = False,
        overwrite: bool = False,
        **options: Unpack[CallOptions],
    ) -> FileMetadata | FileMetadataList:
        """Upload a file, or every file of a directory (``recursive`` descends into subdirectories).

        Returns the metadata (a list for a directory); files above 200 MiB go up in parts.

        Example:
            >>> meta = client.files.upload("/path/to/file", name="my_file", asset_ids=[1])  # doctest: +SKIP
        """
        meta = _metadata(locals())
        p = Path(path).expanduser()
        if p.is_dir():
            if external_id is not None or name is not None:
                raise ValueError("external_id and name apply to one file, not a directory")
            files = sorted(f for f in (p.rglob("*") if recursive else p.iterdir()) if f.is_file())
            results = await asyncio.gather(*(self._upload_path(f, meta, overwrite) for f in files))
            return self._new_list(results)
        if not p.is_file():
            raise FileNotFoundError(f"No file or directory at {p}")
        return await self._upload_path(p, meta, overwrite)

    async def _upload_path(self, p: Path, template: FileMetadata, overwrite: bool) -> FileMetadata:
        meta = FileMetadata(**{**template.dump(camel_case=False), "name": template.name or p.name})
        if meta.mime_type is None:
            meta.mime_type = mimetypes.guess_type(p.name)[0]
        size = p.stat().st_size
        if size > MULTIPART_THRESHOLD:
            return await self._upload_multipart(meta, p, size, overwrite)
        return await self._upload_content(meta, await asyncio.to_thread(p.read_bytes), overwrite)

    async def upload_bytes(
        self,
        content: str | bytes | BinaryIO | AsyncIterator[bytes],
        name: str,
        external_id: str | None = None,
        source: str | None = None,
        mime_type: str | None = None,
        metadata: dict[str, str] | None = None,
        directory: str | None = None,
        asset_ids: Sequence[int] | None = None,
        data_set_id: int | None = None,
        labels: Sequence[Label] | None = None,
        geo_location: GeoLocation | None = None,
        source_created_time: int | None = None,
        source_modified_time: int | None = None,
        security_categories: Sequence[int] | None = None,
        overwrite: bool = False,
        **options: Unpack[CallOptions],
    ) -> FileMetadata:
        """Upload bytes (or a str, encoded as UTF-8, a binary file object or an async iterator of bytes).

        Example:
            >>> meta = client.files.upload_bytes(b"some content", name="my_file", asset_ids=[1, 2, 3])  # doctest: +SKIP
        """
        meta = _metadata(locals())
        return await self._upload_content(meta, await _as_bytes(content), overwrite)

    async def upload_content_bytes(
        self,
        content: str | bytes | BinaryIO,
        external_id: str | None = None,
        instance_id: NodeId | tuple[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> FileMetadata:
        """Upload content for file metadata that already exists (created earlier, or a data-modeling file).

        Example:
            >>> meta = client.files.upload_content_bytes(b"new content", external_id="report")  # doctest: +SKIP
        """
        ref = self._content_ref(external_id, instance_id)
        data = await _as_bytes(content)
        items = await self._post_items(self._RESOURCE_PATH + "/uploadlink", {"items": [ref]})
        meta = self._load({k: v for k, v in items[0].items() if k != "uploadUrl"})
        await self._put_content(items[0]["uploadUrl"], data, meta)
        return meta

    async def upload_content(
        self,
        path: Path | str,
        external_id: str | None = None,
        instance_id: NodeId | tuple[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> FileMetadata:
        """Upload a local file's content for file metadata that already exists.

        Example:
            >>> meta = client.files.upload_content("/path/to/report.pdf", external_id="report")  # doctest: +SKIP
        """
        p = Path(path).expanduser()
        if not p.is_file():
            raise FileNotFoundError(f"No file at {p}")
        return await self.upload_content_bytes(await asyncio.to_thread(p.read_bytes), external_id, instance_id)

    async def multipart_upload_session(
        self,
        name: str,
        parts: int,
        external_id: str | None = None,
        source: str | None = None,
        mime_type: str | None = None,
        metadata: dict[str, str] | None = None,
        directory: str | None = None,
        asset_ids: Sequence[int] | None = None,
        data_set_id: int | None = None,
        labels: Sequence[Label] | None = None,
        geo_location: GeoLocation | None = None,
        source_created_time: int | None = None,
        source_modified_time: int | None = None,
        security_categories: Sequence[int] | None = None,
        overwrite: bool = False,
        **options: Unpack[CallOptions],
    ) -> FileMultipartUploadSession:
        """Create a file and start uploading its content in ``parts`` parts (each but the last >= 5 MiB).

        Example:
            >>> with client.files.multipart_upload_session("big.bin", parts=2) as session:  # doctest: +SKIP
            ...     session.upload_part(0, b"first part")
            ...     session.upload_part(1, b"last part")
        """
        meta = _metadata(locals())
        res = await self._init_multipart(meta, parts, overwrite)
        return FileMultipartUploadSession(self._load(res), res["uploadUrls"], res["uploadId"], self)

    async def multipart_upload_content_session(
        self,
        parts: int,
        external_id: str | None = None,
        instance_id: NodeId | tuple[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> FileMultipartUploadSession:
        """Start uploading the content of an existing file in ``parts`` parts.

        Example:
            >>> async with await client.files.multipart_upload_content_session(2, external_id="big") as s:  # doctest: +SKIP
            ...     await s.upload_part_async(0, b"first part")
            ...     await s.upload_part_async(1, b"last part")
        """
        ref = self._content_ref(external_id, instance_id)
        _check_parts(parts)
        items = await self._post_items(
            self._RESOURCE_PATH + "/multiuploadlink", {"items": [ref]}, params={"parts": parts}
        )
        res = dict(items[0])
        urls, upload_id = res.pop("uploadUrls"), res.pop("uploadId")
        return FileMultipartUploadSession(self._load(res), urls, upload_id, self)

    @staticmethod
    def _content_ref(external_id: str | None, instance_id: Any) -> dict[str, Any]:
        if (external_id is None) == (instance_id is None):
            raise ValueError("Give exactly one of external_id and instance_id")
        return identifier_items(None, external_id, instance_id)[0]

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

    async def _init_multipart(self, meta: FileMetadata, parts: int, overwrite: bool) -> dict[str, Any]:
        _check_parts(parts)
        params = {"parts": parts, **({"overwrite": "true"} if overwrite else {})}
        path = self._RESOURCE_PATH + "/initmultipartupload"
        res: dict[str, Any] = (await self._post(path, json=self._dump_write(meta), params=params)).json()
        return res

    async def _upload_part(self, url: str, content: Content) -> None:
        await self._transfer("PUT", url, content=await _as_bytes(content))

    async def _complete_multipart(self, meta: FileMetadata, upload_id: str) -> None:
        ref = {"id": meta.id} if meta.id is not None else identifier_items(None, None, meta.instance_id)[0]
        await self._post(self._RESOURCE_PATH + "/completemultipartupload", json={**ref, "uploadId": upload_id})

    async def _upload_multipart(self, meta: FileMetadata, path: Path, size: int, overwrite: bool) -> FileMetadata:
        parts = min(_MAX_PARTS, max(1, math.ceil(size / _PART_SIZE)))
        part_size = math.ceil(size / parts)
        res = await self._init_multipart(meta, parts, overwrite)
        session = FileMultipartUploadSession(self._load(res), res["uploadUrls"], res["uploadId"], self)

        def read(i: int) -> bytes:
            with open(path, "rb") as fh:
                fh.seek(i * part_size)
                return fh.read(part_size)

        async def put_part(i: int) -> None:
            await session.upload_part_async(i, await asyncio.to_thread(read, i))

        async with session:
            await asyncio.gather(*(put_part(i) for i in range(parts)))
        return session.file_metadata

    # -- download ---------------------------------------------------------------------------------------------
    @overload
    async def retrieve_download_urls(
        self,
        id: int | Sequence[int],
        external_id: None = None,
        instance_id: None = None,
        extended_expiration: bool = False,
        **options: Unpack[CallOptions],
    ) -> dict[int, str]: ...
    @overload
    async def retrieve_download_urls(
        self,
        id: None = None,
        *,
        external_id: str | SequenceNotStr[str],
        instance_id: None = None,
        extended_expiration: bool = False,
        **options: Unpack[CallOptions],
    ) -> dict[str, str]: ...
    @overload
    async def retrieve_download_urls(
        self,
        id: None = None,
        external_id: None = None,
        *,
        instance_id: NodeId | tuple[str, str] | Sequence[NodeId | tuple[str, str]],
        extended_expiration: bool = False,
        **options: Unpack[CallOptions],
    ) -> dict[NodeId, str]: ...
    @overload
    async def retrieve_download_urls(
        self,
        id: int | Sequence[int] | None = None,
        external_id: str | SequenceNotStr[str] | None = None,
        instance_id: NodeId | tuple[str, str] | Sequence[NodeId | tuple[str, str]] | None = None,
        extended_expiration: bool = False,
        **options: Unpack[CallOptions],
    ) -> dict[int | str | NodeId, str]: ...
    async def retrieve_download_urls(
        self,
        id: int | Sequence[int] | None = None,
        external_id: str | SequenceNotStr[str] | None = None,
        instance_id: NodeId | tuple[str, str] | Sequence[NodeId | tuple[str, str]] | None = None,
        extended_expiration: bool = False,
        **options: Unpack[CallOptions],
    ) -> dict[int, str] | dict[str, str] | dict[NodeId, str] | dict[int | str | NodeId, str]:
        """Download URLs keyed by what was asked for: id, external id or ``NodeId``.

        Example:
            >>> urls = client.files.retrieve_download_urls(id=[1, 2], extended_expiration=True)  # doctest: +SKIP
        """
        from cognite.client.data_classes.data_modeling.ids import NodeId

        items = identifier_items(id, external_id, instance_id)
        if not items:
            raise ValueError("Give at least one id, external_id or instance_id")
        params = {"extendedExpiration": "true"} if extended_expiration else None
        out: dict[int | str | NodeId, str] = {}
        for i in range(0, len(items), _DOWNLOAD_LINK_LIMIT):
            chunk = items[i : i + _DOWNLOAD_LINK_LIMIT]
            links = await self._post_items(self._RESOURCE_PATH + "/downloadlink", {"items": chunk}, params=params)
            # CDF answers in request order; key by what was asked for
            for link, asked in zip(links, chunk, strict=True):
                if "instanceId" in asked:
                    key: int | str | NodeId = NodeId.load(asked["instanceId"])
                else:
                    key = asked["id"] if "id" in asked else asked["externalId"]
                out[key] = link["downloadUrl"]
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

    async def download_bytes(
        self,
        id: int | None = None,
        external_id: str | None = None,
        instance_id: NodeId | tuple[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes:
        """The content of one file.

        Example:
            >>> data = client.files.download_bytes(id=1)  # doctest: +SKIP
        """
        items = identifier_items(id, external_id, instance_id)  # one file: checked before anything is sent
        if len(items) != 1:
            raise ValueError("Give exactly one of id, external_id and instance_id")
        urls = await self.retrieve_download_urls(id, external_id, instance_id)
        return await self._fetch(next(iter(urls.values())))

    async def download_to_path(
        self,
        path: Path | str,
        id: int | None = None,
        external_id: str | None = None,
        instance_id: NodeId | tuple[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Download one file to ``path`` (parent directories are created).

        Example:
            >>> client.files.download_to_path("~/mydir/my_file.txt", id=123)  # doctest: +SKIP
        """
        target = Path(path).expanduser()
        data = await self.download_bytes(id=id, external_id=external_id, instance_id=instance_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(target.write_bytes, data)

    async def download(
        self,
        directory: str | Path,
        id: int | Sequence[int] | None = None,
        external_id: str | SequenceNotStr[str] | None = None,
        instance_id: NodeId | tuple[str, str] | Sequence[NodeId | tuple[str, str]] | None = None,
        keep_directory_structure: bool = False,
        resolve_duplicate_file_names: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Download files into ``directory`` under their names (``keep_directory_structure`` uses their
        ``directory``; ``resolve_duplicate_file_names`` names later duplicates ``name(1).ext``, ...).

        Example:
            >>> client.files.download(directory="my_directory", id=[1, 2, 3], external_id=["abc"])  # doctest: +SKIP
        """
        root = Path(directory).expanduser()
        if not root.is_dir():
            raise NotADirectoryError(f"{root} is not a directory")
        items = identifier_items(id, external_id, instance_id)
        metas = await self._retrieve_multiple(items, load=self._load, list_cls=self._new_list)
        targets = [
            (root / (m.directory or "").lstrip("/\\") if keep_directory_structure else root) / m.name for m in metas
        ]
        if resolve_duplicate_file_names:
            targets = [Path(t) for t in _unique_names([str(t) for t in targets])]
        duplicates = sorted({str(t) for t in targets if targets.count(t) > 1})
        if duplicates:
            raise ValueError(f"Several files would be written to {duplicates}; see resolve_duplicate_file_names")
        inside = str(root.resolve()) + os.sep
        for target in targets:
            if not str(target.resolve()).startswith(inside):
                raise ValueError(f"File name {target.name!r} would be written outside {root}")

        async def one(meta: FileMetadata, target: Path) -> None:
            await self.download_to_path(target, id=meta.id)

        await asyncio.gather(*(one(m, t) for m, t in zip(metas, targets, strict=True)))


def _check_parts(parts: int) -> None:
    if isinstance(parts, bool) or not isinstance(parts, int) or not 1 <= parts <= _MAX_PARTS:
        raise ValueError(f"parts must be an int in 1..{_MAX_PARTS}, got {parts!r}")
