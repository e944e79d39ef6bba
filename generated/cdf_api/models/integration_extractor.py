from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="IntegrationExtractor")


@_attrs_define
class IntegrationExtractor(AdditionalProperties):
    """Identifier for an extractor. Note that if the extractor externalId starts with `cognite`, it must correspond to a
    cognite extractor.

        Attributes:
            external_id (str): Extractor external ID. Note that if this starts with `cognite`, it must correspond to a
                cognite extractor. Example: cognite-opcua.
            version (str | Unset): Extractor version. For cognite extractors this must match a published extractor version.
                Example: 1.2.3.
    """

    _FIT = {"externalId": "s", "version": "s"}
    _REQUIRED = ("externalId",)

    external_id: str
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        version = d.pop("version", UNSET)

        integration_extractor = cls(
            external_id=external_id,
            version=version,
        )

        integration_extractor.additional_properties = d
        return integration_extractor
