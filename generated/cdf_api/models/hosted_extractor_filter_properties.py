from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="HostedExtractorFilterProperties")


@_attrs_define
class HostedExtractorFilterProperties(AdditionalProperties):
    """Common properties for filtering hosted extractor signals.

    Attributes:
        source_type (str | Unset): Filter signals to only include those from hosted extractors with the specified source
            type.
        source_external_id (str | Unset): Filter signals to only include those from hosted extractors with the specified
            source external ID.
        destination_external_id (str | Unset): Filter signals to only include those from hosted extractors with the
            specified destination external ID.
    """

    _FIT = {"sourceType": "s", "sourceExternalId": "s", "destinationExternalId": "s"}
    _REQUIRED = ()

    source_type: str | Unset = UNSET
    source_external_id: str | Unset = UNSET
    destination_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type = self.source_type

        source_external_id = self.source_external_id

        destination_external_id = self.destination_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if source_external_id is not UNSET:
            field_dict["sourceExternalId"] = source_external_id
        if destination_external_id is not UNSET:
            field_dict["destinationExternalId"] = destination_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_type = d.pop("sourceType", UNSET)

        source_external_id = d.pop("sourceExternalId", UNSET)

        destination_external_id = d.pop("destinationExternalId", UNSET)

        hosted_extractor_filter_properties = cls(
            source_type=source_type,
            source_external_id=source_external_id,
            destination_external_id=destination_external_id,
        )

        hosted_extractor_filter_properties.additional_properties = d
        return hosted_extractor_filter_properties
