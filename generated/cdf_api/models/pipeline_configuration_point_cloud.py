from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.pipeline_configuration_point_cloud_indexing_options import (
        PipelineConfigurationPointCloudIndexingOptions,
    )
    from ..models.pipeline_configuration_point_cloud_process_tiles_options import (
        PipelineConfigurationPointCloudProcessTilesOptions,
    )


T = TypeVar("T", bound="PipelineConfigurationPointCloud")


@_attrs_define
class PipelineConfigurationPointCloud(AdditionalProperties):
    """
    Attributes:
        version (Literal['v1']): Version of the pipeline configuration schema. Currently only the string value "v1" is
            supported. Any breaking changes to the configuration schema will result in a new version.
        indexing_options (PipelineConfigurationPointCloudIndexingOptions | Unset): Configuration options for point cloud
            indexing. The indexingOptions option can be specified as an empty object `{}`, which will enable indexing to
            run, and use the default values for all options.
        process_tiles_options (PipelineConfigurationPointCloudProcessTilesOptions | Unset): Configuration options for
            point cloud tiles processing steps, for point classification, pipe detection with volume suggestions output.
            This is run after the point cloud indexing steps.
            The processTilesOptions property can be specified as an empty object `{}`, which will enable classification and
            pipe detection to run, and use the default values for all options.
    """

    _FIT = {
        "version": ("c", "v1"),
        "indexingOptions": ("m", "PipelineConfigurationPointCloudIndexingOptions"),
        "processTilesOptions": ("m", "PipelineConfigurationPointCloudProcessTilesOptions"),
    }
    _REQUIRED = ("version",)

    version: Literal["v1"]
    indexing_options: PipelineConfigurationPointCloudIndexingOptions | Unset = UNSET
    process_tiles_options: PipelineConfigurationPointCloudProcessTilesOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        indexing_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indexing_options, Unset):
            indexing_options = self.indexing_options.to_dict()

        process_tiles_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.process_tiles_options, Unset):
            process_tiles_options = self.process_tiles_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if indexing_options is not UNSET:
            field_dict["indexingOptions"] = indexing_options
        if process_tiles_options is not UNSET:
            field_dict["processTilesOptions"] = process_tiles_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_configuration_point_cloud_indexing_options import (
            PipelineConfigurationPointCloudIndexingOptions,  # noqa: PLC0415
        )
        from ..models.pipeline_configuration_point_cloud_process_tiles_options import (
            PipelineConfigurationPointCloudProcessTilesOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        version = cast(Literal["v1"], d.pop("version"))
        if version != "v1":
            raise ValueError(f"version must match const 'v1', got '{version}'")

        _indexing_options = d.pop("indexingOptions", UNSET)
        indexing_options: PipelineConfigurationPointCloudIndexingOptions | Unset
        if isinstance(_indexing_options, Unset):
            indexing_options = UNSET
        else:
            indexing_options = PipelineConfigurationPointCloudIndexingOptions.from_dict(_indexing_options)

        _process_tiles_options = d.pop("processTilesOptions", UNSET)
        process_tiles_options: PipelineConfigurationPointCloudProcessTilesOptions | Unset
        if isinstance(_process_tiles_options, Unset):
            process_tiles_options = UNSET
        else:
            process_tiles_options = PipelineConfigurationPointCloudProcessTilesOptions.from_dict(_process_tiles_options)

        pipeline_configuration_point_cloud = cls(
            version=version,
            indexing_options=indexing_options,
            process_tiles_options=process_tiles_options,
        )

        pipeline_configuration_point_cloud.additional_properties = d
        return pipeline_configuration_point_cloud
