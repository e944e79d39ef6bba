from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PipelineConfigurationPointCloudProcessTilesOptions")


@_attrs_define
class PipelineConfigurationPointCloudProcessTilesOptions(AdditionalProperties):
    """Configuration options for point cloud tiles processing steps, for point classification, pipe detection with volume
    suggestions output.
    This is run after the point cloud indexing steps.
    The processTilesOptions property can be specified as an empty object `{}`, which will enable classification and pipe
    detection to run, and use the default values for all options.

        Attributes:
            minimum_radius (float | Unset): Minimum radius in meters for pipes to be detected. Measured in meters.
            classification_method (Literal['28class'] | Unset): Method used for classification of points. Currently the only
                supported method is "28class".
            use_pipe_detection (bool | Unset): Whether to use pipe detection during tiles processing.
            use_confidence (bool | Unset): Whether to use confidence values during classification.
            use_point_sources (bool | Unset): Whether to use point source information during classification.
            save_annotations (bool | Unset): Whether to save data for detected point cloud volumes. In DataModelOnly
                projects, when this is enabled a point cloud volume_suggestions.json file is saved in the revision outputs.
    """

    _FIT = {
        "minimumRadius": "n",
        "classificationMethod": ("c", "28class"),
        "usePipeDetection": "b",
        "useConfidence": "b",
        "usePointSources": "b",
        "saveAnnotations": "b",
    }
    _REQUIRED = ()

    minimum_radius: float | Unset = UNSET
    classification_method: Literal["28class"] | Unset = UNSET
    use_pipe_detection: bool | Unset = UNSET
    use_confidence: bool | Unset = UNSET
    use_point_sources: bool | Unset = UNSET
    save_annotations: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minimum_radius = self.minimum_radius

        classification_method = self.classification_method

        use_pipe_detection = self.use_pipe_detection

        use_confidence = self.use_confidence

        use_point_sources = self.use_point_sources

        save_annotations = self.save_annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minimum_radius is not UNSET:
            field_dict["minimumRadius"] = minimum_radius
        if classification_method is not UNSET:
            field_dict["classificationMethod"] = classification_method
        if use_pipe_detection is not UNSET:
            field_dict["usePipeDetection"] = use_pipe_detection
        if use_confidence is not UNSET:
            field_dict["useConfidence"] = use_confidence
        if use_point_sources is not UNSET:
            field_dict["usePointSources"] = use_point_sources
        if save_annotations is not UNSET:
            field_dict["saveAnnotations"] = save_annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        minimum_radius = d.pop("minimumRadius", UNSET)

        classification_method = cast(Literal["28class"] | Unset, d.pop("classificationMethod", UNSET))
        if classification_method != "28class" and not isinstance(classification_method, Unset):
            raise ValueError(f"classificationMethod must match const '28class', got '{classification_method}'")

        use_pipe_detection = d.pop("usePipeDetection", UNSET)

        use_confidence = d.pop("useConfidence", UNSET)

        use_point_sources = d.pop("usePointSources", UNSET)

        save_annotations = d.pop("saveAnnotations", UNSET)

        pipeline_configuration_point_cloud_process_tiles_options = cls(
            minimum_radius=minimum_radius,
            classification_method=classification_method,
            use_pipe_detection=use_pipe_detection,
            use_confidence=use_confidence,
            use_point_sources=use_point_sources,
            save_annotations=save_annotations,
        )

        pipeline_configuration_point_cloud_process_tiles_options.additional_properties = d
        return pipeline_configuration_point_cloud_process_tiles_options
