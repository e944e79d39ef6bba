from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transformation_task_parameters_transformation_concurrency_policy import (
    TransformationTaskParametersTransformationConcurrencyPolicy,
)
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TransformationTaskParametersTransformation")


@_attrs_define
class TransformationTaskParametersTransformation(AdditionalProperties):
    """Parameters for the CDF Transformation task type.

    Attributes:
        external_id (str): The external id of the Transformation in the project.
        concurrency_policy (TransformationTaskParametersTransformationConcurrencyPolicy | Unset): Determines the
            behavior of the task if the Transformation is already running.
            - fail: The task fails if another instance of the Transformation is currently running.
            - waitForCurrent: The task will pause and wait for the already running Transformation to complete. Once
            completed, the task is completed. This mode is useful for preventing redundant Transformation runs.
            - restartAfterCurrent: The task waits for the ongoing Transformation to finish. After completion, the task
            restarts the Transformation. This mode ensures that the most recent data can be used by following tasks.
        use_transformation_credentials (bool | Unset): If set to `true`, the transformation will run using the client
            credentials configured on the transformation.
            If set to `false`, the transformation will run using the client credentials used to trigger the workflow.
    """

    _FIT = {"externalId": ("u", ("s",)), "concurrencyPolicy": "s", "useTransformationCredentials": "b"}
    _REQUIRED = ("externalId",)

    external_id: str
    concurrency_policy: TransformationTaskParametersTransformationConcurrencyPolicy | Unset = UNSET
    use_transformation_credentials: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: str
        external_id = self.external_id

        concurrency_policy: str | Unset = UNSET
        if not isinstance(self.concurrency_policy, Unset):
            concurrency_policy = self.concurrency_policy.value

        use_transformation_credentials = self.use_transformation_credentials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if concurrency_policy is not UNSET:
            field_dict["concurrencyPolicy"] = concurrency_policy
        if use_transformation_credentials is not UNSET:
            field_dict["useTransformationCredentials"] = use_transformation_credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_external_id(data: object) -> str:
            return cast(str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        _concurrency_policy = d.pop("concurrencyPolicy", UNSET)
        concurrency_policy: TransformationTaskParametersTransformationConcurrencyPolicy | Unset
        if isinstance(_concurrency_policy, Unset):
            concurrency_policy = UNSET
        else:
            concurrency_policy = TransformationTaskParametersTransformationConcurrencyPolicy(_concurrency_policy)

        use_transformation_credentials = d.pop("useTransformationCredentials", UNSET)

        transformation_task_parameters_transformation = cls(
            external_id=external_id,
            concurrency_policy=concurrency_policy,
            use_transformation_credentials=use_transformation_credentials,
        )

        transformation_task_parameters_transformation.additional_properties = d
        return transformation_task_parameters_transformation
