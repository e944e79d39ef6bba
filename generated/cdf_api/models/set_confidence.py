from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SetConfidence")


@_attrs_define
class SetConfidence(AdditionalProperties):
    """
    Attributes:
        set_ (float): Confidence value of the existence of the relationship. Generated relationships provide a score of
            the likelihood of the relationship existing. Relationships without a confidence value can be interpreted at the
            discretion of each project.
    """

    _FIT = {"set": "n"}
    _REQUIRED = ("set",)

    set_: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = d.pop("set")

        set_confidence = cls(
            set_=set_,
        )

        set_confidence.additional_properties = d
        return set_confidence
