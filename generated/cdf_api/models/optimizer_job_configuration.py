from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.dms_instance_id import DmsInstanceId


T = TypeVar("T", bound="OptimizerJobConfiguration")


@_attrs_define
class OptimizerJobConfiguration(AdditionalProperties):
    """Job configurations are specific to the job type.

    For the optimizer job type, one of the following properties must be specified, depending of what 3D model instance
    the job result should be connected to.
    - cadModelInstanceId
    - image360ModelInstanceId
    - pointCloudModelInstanceId

    For a point cloud source file where 360-images should also be extracted, both a pointCloudModelInstanceId and
    image360ModelInstanceId must be provided.
    That is currently the only supported combination with multiple instanceId references.

        Attributes:
            cad_model_instance_id (DmsInstanceId | Unset):
            image_360_model_instance_id (DmsInstanceId | Unset):
            point_cloud_model_instance_id (DmsInstanceId | Unset):
            pipeline_configuration (Any | Unset): Configuration options for the point cloud optimization pipeline.
                The option settings and default values are subject to change.
                Any unspecified options will use default values, which should provide the best automatic optimization results
                for most point clouds.
                Note: If the main configuration property for the OptimizerJob contains both an image360ModelInstanceId and a
                pointCloudModelInstanceId,
                the point cloud optimization pipeline will also extract 360-images from the point cloud, in addition to running
                the point cloud indexing and optimization steps.
                The default version is v1. Any potential future breaking changes to the configuration schema will require a new
                version.
                The simplest, minimum configuration for running only point cloud indexing with the default settings is to not
                specify the pipelineConfiguration object at all.
                This is also the most future-proof approach.
                To enable the experimental point cloud tiles processing for classification and pipe detection,
                both indexingOptions and processTilesOptions must be specified, each at minimum as an empty object.
    """

    _FIT = {
        "cadModelInstanceId": ("m", "DmsInstanceId"),
        "image360ModelInstanceId": ("m", "DmsInstanceId"),
        "pointCloudModelInstanceId": ("m", "DmsInstanceId"),
        "pipelineConfiguration": None,
    }
    _REQUIRED = ()

    cad_model_instance_id: DmsInstanceId | Unset = UNSET
    image_360_model_instance_id: DmsInstanceId | Unset = UNSET
    point_cloud_model_instance_id: DmsInstanceId | Unset = UNSET
    pipeline_configuration: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cad_model_instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cad_model_instance_id, Unset):
            cad_model_instance_id = self.cad_model_instance_id.to_dict()

        image_360_model_instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_360_model_instance_id, Unset):
            image_360_model_instance_id = self.image_360_model_instance_id.to_dict()

        point_cloud_model_instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.point_cloud_model_instance_id, Unset):
            point_cloud_model_instance_id = self.point_cloud_model_instance_id.to_dict()

        pipeline_configuration = self.pipeline_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cad_model_instance_id is not UNSET:
            field_dict["cadModelInstanceId"] = cad_model_instance_id
        if image_360_model_instance_id is not UNSET:
            field_dict["image360ModelInstanceId"] = image_360_model_instance_id
        if point_cloud_model_instance_id is not UNSET:
            field_dict["pointCloudModelInstanceId"] = point_cloud_model_instance_id
        if pipeline_configuration is not UNSET:
            field_dict["pipelineConfiguration"] = pipeline_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_instance_id import DmsInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        _cad_model_instance_id = d.pop("cadModelInstanceId", UNSET)
        cad_model_instance_id: DmsInstanceId | Unset
        if isinstance(_cad_model_instance_id, Unset):
            cad_model_instance_id = UNSET
        else:
            cad_model_instance_id = DmsInstanceId.from_dict(_cad_model_instance_id)

        _image_360_model_instance_id = d.pop("image360ModelInstanceId", UNSET)
        image_360_model_instance_id: DmsInstanceId | Unset
        if isinstance(_image_360_model_instance_id, Unset):
            image_360_model_instance_id = UNSET
        else:
            image_360_model_instance_id = DmsInstanceId.from_dict(_image_360_model_instance_id)

        _point_cloud_model_instance_id = d.pop("pointCloudModelInstanceId", UNSET)
        point_cloud_model_instance_id: DmsInstanceId | Unset
        if isinstance(_point_cloud_model_instance_id, Unset):
            point_cloud_model_instance_id = UNSET
        else:
            point_cloud_model_instance_id = DmsInstanceId.from_dict(_point_cloud_model_instance_id)

        pipeline_configuration = d.pop("pipelineConfiguration", UNSET)

        optimizer_job_configuration = cls(
            cad_model_instance_id=cad_model_instance_id,
            image_360_model_instance_id=image_360_model_instance_id,
            point_cloud_model_instance_id=point_cloud_model_instance_id,
            pipeline_configuration=pipeline_configuration,
        )

        optimizer_job_configuration.additional_properties = d
        return optimizer_job_configuration
