"""File metadata (content goes through ``client.files.upload*`` / ``download*``)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList, load_one
from cognite.client.data_classes._generated import (
    FileMetadataFields,
    FileMetadataFilterFields,
    FileMetadataUpdateFields,
    FileMetadataWriteFields,
)
from cognite.client.data_classes.labels import LabelFilter, load_labels
from cognite.client.data_classes.shared import GeoLocation, GeoLocationFilter, TimestampRange

__all__ = ["FileMetadata", "FileMetadataFilter", "FileMetadataList", "FileMetadataUpdate", "FileMetadataWrite", "FileMetadataWriteList"]

_NESTED = {"labels": load_labels, "geo_location": load_one(GeoLocation)}


class FileMetadataWrite(FileMetadataWriteFields):
    """The writable part of file metadata.

    Example:
        >>> from cognite.client.data_classes import FileMetadataWrite
        >>> FileMetadataWrite(name="report.pdf", mime_type="application/pdf").dump()
        {'name': 'report.pdf', 'mimeType': 'application/pdf'}
    """

    _nested = _NESTED


class FileMetadata(FileMetadataFields):
    """Metadata of a file (fields from the spec's ``FilesMetadata``).

    Example:
        >>> from cognite.client.data_classes import FileMetadata
        >>> FileMetadata(name="MyFile").dump()
        {'name': 'MyFile'}
    """

    _write_class = FileMetadataWrite
    _nested = _NESTED


class FileMetadataWriteList(CogniteResourceList[FileMetadataWrite]):
    _RESOURCE = FileMetadataWrite


class FileMetadataList(WriteableCogniteResourceList[FileMetadata, FileMetadataWriteList]):
    _RESOURCE = FileMetadata


class FileMetadataUpdate(FileMetadataUpdateFields):
    """Changes to one file's metadata (from the spec's ``FileChangeUpdate``)."""


class FileMetadataFilter(FileMetadataFilterFields):
    """Exact-match filter on files."""

    _nested = {
        "labels": LabelFilter._load,
        "geo_location": load_one(GeoLocationFilter),
        "created_time": load_one(TimestampRange),
        "last_updated_time": load_one(TimestampRange),
        "uploaded_time": load_one(TimestampRange),
        "source_created_time": load_one(TimestampRange),
        "source_modified_time": load_one(TimestampRange),
    }
