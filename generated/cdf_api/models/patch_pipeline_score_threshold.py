from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="PatchPipelineScoreThreshold")


@_attrs_define
class PatchPipelineScoreThreshold(AdditionalProperties):
    """Set a new value for score threshold.

    Attributes:
        set_ (float): Only return model matches with score above this threshold. Example: 0.7.
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

        patch_pipeline_score_threshold = cls(
            set_=set_,
        )

        patch_pipeline_score_threshold.additional_properties = d
        return patch_pipeline_score_threshold
