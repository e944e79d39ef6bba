from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ClaimName")


@_attrs_define
class ClaimName(AdditionalProperties):
    """
    Attributes:
        claim_name (str):
    """

    _FIT = {"claimName": "s"}
    _REQUIRED = ("claimName",)

    claim_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claim_name = self.claim_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claimName": claim_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        claim_name = d.pop("claimName")

        claim_name = cls(
            claim_name=claim_name,
        )

        claim_name.additional_properties = d
        return claim_name
