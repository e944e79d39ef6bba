"""File metadata (content goes through ``client.files.upload*`` / ``download*``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any, BinaryIO

from typing_extensions import Self

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    FileMetadataFields,
    FileMetadataFilterFields,
    FileMetadataUpdateFields,
    FileMetadataWriteFields,
)
from cognite.client.exceptions import CogniteFileUploadError

__all__ = [
    "FileMetadata",
    "FileMetadataFilter",
    "FileMetadataList",
    "FileMetadataUpdate",
    "FileMetadataWrite",
    "FileMetadataWriteList",
    "FileMultipartUploadSession",
]


class FileMetadataWrite(FileMetadataWriteFields):
    """The writable part of file metadata.

    Example:
        >>> from cognite.client.data_classes import FileMetadataWrite
        >>> FileMetadataWrite(name="report.pdf", mime_type="application/pdf").dump()
        {'name': 'report.pdf', 'mimeType': 'application/pdf'}
    """


class FileMetadata(FileMetadataFields):
    """Metadata of a file (fields from the spec's ``FilesMetadata``).

    Example:
        >>> from cognite.client.data_classes import FileMetadata
        >>> FileMetadata(name="MyFile").dump()
        {'name': 'MyFile'}
    """


class FileMetadataWriteList(CogniteResourceList[FileMetadataWrite]):
    _RESOURCE = FileMetadataWrite


class FileMetadataList(WriteableCogniteResourceList[FileMetadata, FileMetadataWriteList]):
    _RESOURCE = FileMetadata


class FileMetadataUpdate(FileMetadataUpdateFields):
    """Changes to one file's metadata (from the spec's ``FileChangeUpdate``)."""


class FileMetadataFilter(FileMetadataFilterFields):
    """Exact-match filter on files."""


class FileMultipartUploadSession:
    """A multipart upload in progress (from ``files.multipart_upload_session``): upload every part with
    ``upload_part`` (or ``await upload_part_async``), in any order; leaving the ``with`` / ``async with`` block
    completes the upload (it fails if a part is missing).

    Example:
        >>> with client.files.multipart_upload_session("big.bin", parts=2) as session:  # doctest: +SKIP
        ...     session.upload_part(0, b"first part, at least 5 MiB")
        ...     session.upload_part(1, b"last part")
    """

    def __init__(self, file_metadata: FileMetadata, upload_urls: list[str], upload_id: str, files_api: Any) -> None:
        self.file_metadata = file_metadata
        self._upload_urls = upload_urls
        self._upload_id = upload_id
        self._uploaded = [False] * len(upload_urls)
        self._files_api = files_api
        self._finalized = False

    async def upload_part_async(self, part_no: int, content: str | bytes | BinaryIO | AsyncIterator[bytes]) -> None:
        """Upload part ``part_no`` (0 .. parts - 1)."""
        if not 0 <= part_no < len(self._upload_urls):
            raise IndexError(f"part_no must be in 0..{len(self._upload_urls) - 1}, got {part_no}")
        if self._uploaded[part_no]:
            raise RuntimeError(f"Part {part_no} is already uploaded")
        await self._files_api._upload_part(self._upload_urls[part_no], content)
        self._uploaded[part_no] = True

    def upload_part(self, part_no: int, content: str | bytes | BinaryIO | AsyncIterator[bytes]) -> None:
        """Upload part ``part_no`` (blocking)."""
        from cognite.client._sync import run_sync

        run_sync(self.upload_part_async(part_no, content))

    async def _complete(self) -> None:
        missing = [i for i, done in enumerate(self._uploaded) if not done]
        if missing:
            raise CogniteFileUploadError(f"Multipart upload is missing part(s) {missing}", code=400)
        await self._files_api._complete_multipart(self.file_metadata, self._upload_id)
        self.file_metadata.uploaded = True
        self._finalized = True

    def _check_open(self) -> None:
        if self._finalized:
            raise RuntimeError("This multipart upload is already completed")

    def __enter__(self) -> Self:
        self._check_open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            from cognite.client._sync import run_sync

            run_sync(self._complete())

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            await self._complete()
