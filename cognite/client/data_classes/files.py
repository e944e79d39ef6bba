"""File metadata (content goes through ``client.files.upload*`` / ``download*``)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteFilter, CogniteResource, CogniteResourceList, load_one
from cognite.client.data_classes._update import CogniteUpdate
from cognite.client.data_classes.labels import LabelFilter, load_labels
from cognite.client.data_classes.shared import GeoLocation, GeoLocationFilter, TimestampRange

__all__ = ["FileMetadata", "FileMetadataFilter", "FileMetadataList", "FileMetadataUpdate", "FileMetadataWrite"]

_NESTED = {"labels": load_labels, "geo_location": load_one(GeoLocation)}


class FileMetadataWrite(CogniteResource):
    """The writable part of file metadata.

    Example:
        >>> from cognite.client.data_classes import FileMetadataWrite
        >>> FileMetadataWrite(name="report.pdf", mime_type="application/pdf").dump()
        {'name': 'report.pdf', 'mimeType': 'application/pdf'}
    """

    _write_model = "ExternalFilesMetadata"
    _nested = _NESTED


class FileMetadata(CogniteResource):
    """Metadata of a file (fields from the spec's ``FilesMetadata``).

    Example:
        >>> from cognite.client.data_classes import FileMetadata
        >>> FileMetadata(name="MyFile").dump()
        {'name': 'MyFile'}
    """

    _read_model = "FilesMetadata"
    _write_model = "ExternalFilesMetadata"
    _write_class = FileMetadataWrite
    _nested = _NESTED


class FileMetadataList(CogniteResourceList[FileMetadata]):
    _RESOURCE = FileMetadata


class FileMetadataUpdate(CogniteUpdate):
    """Changes to one file's metadata (from the spec's ``FileChangeUpdate``)."""

    _patch_model = "FileChangeUpdate"
    _identifiers = ("id", "external_id", "instance_id")


class FileMetadataFilter(CogniteFilter):
    """Exact-match filter on files."""

    _read_model = "FileFilter.filter"
    _nested = {
        "labels": LabelFilter._load,
        "geo_location": load_one(GeoLocationFilter),
        "created_time": load_one(TimestampRange),
        "last_updated_time": load_one(TimestampRange),
        "uploaded_time": load_one(TimestampRange),
        "source_created_time": load_one(TimestampRange),
        "source_modified_time": load_one(TimestampRange),
    }
