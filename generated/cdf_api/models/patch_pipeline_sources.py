from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.pipeline_sources_option_0 import PipelineSourcesOption0
    from ..models.pipeline_sources_option_1 import PipelineSourcesOption1
    from ..models.pipeline_sources_option_2 import PipelineSourcesOption2


T = TypeVar("T", bound="PatchPipelineSources")


@_attrs_define
class PatchPipelineSources(AdditionalProperties):
    """Set a new value for sources.

    Attributes:
        set_ (PipelineSourcesOption0 | PipelineSourcesOption1 | PipelineSourcesOption2): Source of the pipeline
    """

    _FIT = {
        "set": (
            "u",
            (("m", "PipelineSourcesOption0"), ("m", "PipelineSourcesOption1"), ("m", "PipelineSourcesOption2")),
        )
    }
    _REQUIRED = ("set",)

    set_: PipelineSourcesOption0 | PipelineSourcesOption1 | PipelineSourcesOption2
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
        from ..models.pipeline_sources_option_0 import PipelineSourcesOption0  # noqa: PLC0415
        from ..models.pipeline_sources_option_1 import PipelineSourcesOption1  # noqa: PLC0415
        from ..models.pipeline_sources_option_2 import PipelineSourcesOption2  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(data: object) -> PipelineSourcesOption0 | PipelineSourcesOption1 | PipelineSourcesOption2:
            return parse_best(data, (PipelineSourcesOption0, PipelineSourcesOption1, PipelineSourcesOption2))

        set_ = _parse_set_(d.pop("set"))

        patch_pipeline_sources = cls(
            set_=set_,
        )

        patch_pipeline_sources.additional_properties = d
        return patch_pipeline_sources
