from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="IntegrationSignalMetadata")


@_attrs_define
class IntegrationSignalMetadata(AdditionalProperties):
    """Metadata specific to integration signals.

    Attributes:
        extractor_external_id (str | Unset): External ID of the extractor the integration manages.
        extractor_version (str | Unset): Version of the extractor the integration manages.
    """

    _FIT = {"extractorExternalId": "s", "extractorVersion": "s"}
    _REQUIRED = ()

    extractor_external_id: str | Unset = UNSET
    extractor_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extractor_external_id = self.extractor_external_id

        extractor_version = self.extractor_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extractor_external_id is not UNSET:
            field_dict["extractorExternalId"] = extractor_external_id
        if extractor_version is not UNSET:
            field_dict["extractorVersion"] = extractor_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        extractor_external_id = d.pop("extractorExternalId", UNSET)

        extractor_version = d.pop("extractorVersion", UNSET)

        integration_signal_metadata = cls(
            extractor_external_id=extractor_external_id,
            extractor_version=extractor_version,
        )

        integration_signal_metadata.additional_properties = d
        return integration_signal_metadata
