from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.pipeline_targets_option_0 import PipelineTargetsOption0
    from ..models.pipeline_targets_option_1 import PipelineTargetsOption1
    from ..models.pipeline_targets_option_2 import PipelineTargetsOption2


T = TypeVar("T", bound="PatchPipelineTargets")


@_attrs_define
class PatchPipelineTargets(AdditionalProperties):
    """Set a new value for targets.

    Attributes:
        set_ (PipelineTargetsOption0 | PipelineTargetsOption1 | PipelineTargetsOption2): Targets for the pipeline
    """

    _FIT = {
        "set": (
            "u",
            (("m", "PipelineTargetsOption0"), ("m", "PipelineTargetsOption1"), ("m", "PipelineTargetsOption2")),
        )
    }
    _REQUIRED = ("set",)

    set_: PipelineTargetsOption0 | PipelineTargetsOption1 | PipelineTargetsOption2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: dict[str, Any]
        set_ = self.set_.to_dict()

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
        from ..models.pipeline_targets_option_0 import PipelineTargetsOption0  # noqa: PLC0415
        from ..models.pipeline_targets_option_1 import PipelineTargetsOption1  # noqa: PLC0415
        from ..models.pipeline_targets_option_2 import PipelineTargetsOption2  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(data: object) -> PipelineTargetsOption0 | PipelineTargetsOption1 | PipelineTargetsOption2:
            return parse_best(data, (PipelineTargetsOption0, PipelineTargetsOption1, PipelineTargetsOption2))

        set_ = _parse_set_(d.pop("set"))

        patch_pipeline_targets = cls(
            set_=set_,
        )

        patch_pipeline_targets.additional_properties = d
        return patch_pipeline_targets
