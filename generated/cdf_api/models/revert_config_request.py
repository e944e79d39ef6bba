from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RevertConfigRequest")


@_attrs_define
class RevertConfigRequest(AdditionalProperties):
    """
    Attributes:
        external_id (str): External ID of the extraction pipeline to revert configurations for.
        revision (int | Unset): Revision number of this configuration.
    """

    _FIT = {"externalId": "s", "revision": "i"}
    _REQUIRED = ("externalId",)

    external_id: str
    revision: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        revision = d.pop("revision", UNSET)

        revert_config_request = cls(
            external_id=external_id,
            revision=revision,
        )

        revert_config_request.additional_properties = d
        return revert_config_request
