from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RejectedKey")


@_attrs_define
class RejectedKey(AdditionalProperties):
    """
    Attributes:
        rejected_key (str):
    """

    _FIT = {"rejectedKey": "s"}
    _REQUIRED = ("rejectedKey",)

    rejected_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rejected_key = self.rejected_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rejectedKey": rejected_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rejected_key = d.pop("rejectedKey")

        rejected_key = cls(
            rejected_key=rejected_key,
        )

        rejected_key.additional_properties = d
        return rejected_key
