"""File metadata (content goes through ``client.files.upload*`` / ``download*``)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    FileMetadataFields,
    FileMetadataFilterFields,
    FileMetadataUpdateFields,
    FileMetadataWriteFields,
)

__all__ = [
    "FileMetadata",
    "FileMetadataFilter",
    "FileMetadataList",
    "FileMetadataUpdate",
    "FileMetadataWrite",
    "FileMetadataWriteList",
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
