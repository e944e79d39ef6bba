from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="BatchDownloadRequestFilterMetadataFilter")


@_attrs_define
class BatchDownloadRequestFilterMetadataFilter(AdditionalProperties):
    """All seismic objects included will have metadata that is a superset of the specified metadata filter."""

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_download_request_filter_metadata_filter = cls()

        batch_download_request_filter_metadata_filter.additional_properties = d
        return batch_download_request_filter_metadata_filter
