from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.optimizer_job_configuration import OptimizerJobConfiguration
    from ..models.optimizer_job_source import OptimizerJobSource


T = TypeVar("T", bound="OptimizerJob")


@_attrs_define
class OptimizerJob(AdditionalProperties):
    """
    Attributes:
        space (str):
        external_id (str):
        name (str):
        type_ (Literal['Optimizer']): The optimizer job type is used to run the Cognite 3D optimizer on a 3D model
            source file.
            The source file can be a 3D CAD model or a point cloud file.
        source (OptimizerJobSource):
        configuration (OptimizerJobConfiguration): Job configurations are specific to the job type.

            For the optimizer job type, one of the following properties must be specified, depending of what 3D model
            instance the job result should be connected to.
            - cadModelInstanceId
            - image360ModelInstanceId
            - pointCloudModelInstanceId

            For a point cloud source file where 360-images should also be extracted, both a pointCloudModelInstanceId and
            image360ModelInstanceId must be provided.
            That is currently the only supported combination with multiple instanceId references.
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "name": "s",
        "type": ("c", "Optimizer"),
        "source": ("m", "OptimizerJobSource"),
        "configuration": ("m", "OptimizerJobConfiguration"),
    }
    _REQUIRED = ("space", "externalId", "name", "type", "source", "configuration")

    space: str
    external_id: str
    name: str
    type_: Literal["Optimizer"]
    source: OptimizerJobSource
    configuration: OptimizerJobConfiguration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        name = self.name

        type_ = self.type_

        source = self.source.to_dict()

        configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "name": name,
                "type": type_,
                "source": source,
                "configuration": configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.optimizer_job_configuration import OptimizerJobConfiguration  # noqa: PLC0415
        from ..models.optimizer_job_source import OptimizerJobSource  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        name = d.pop("name")

        type_ = cast(Literal["Optimizer"], d.pop("type"))
        if type_ != "Optimizer":
            raise ValueError(f"type must match const 'Optimizer', got '{type_}'")

        source = OptimizerJobSource.from_dict(d.pop("source"))

        configuration = OptimizerJobConfiguration.from_dict(d.pop("configuration"))

        optimizer_job = cls(
            space=space,
            external_id=external_id,
            name=name,
            type_=type_,
            source=source,
            configuration=configuration,
        )

        optimizer_job.additional_properties = d
        return optimizer_job
