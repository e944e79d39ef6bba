from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TransformationTaskOutput")


@_attrs_define
class TransformationTaskOutput(AdditionalProperties):
    """
    Attributes:
        job_id (int | Unset): Job ID of the Transformation called.
    """

    _FIT = {"jobId": "i"}
    _REQUIRED = ()

    job_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        transformation_task_output = cls(
            job_id=job_id,
        )

        transformation_task_output.additional_properties = d
        return transformation_task_output
