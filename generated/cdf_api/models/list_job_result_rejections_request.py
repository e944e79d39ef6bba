from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.instance_reference import InstanceReference
    from ..models.job_identifier import JobIdentifier


T = TypeVar("T", bound="ListJobResultRejectionsRequest")


@_attrs_define
class ListJobResultRejectionsRequest(AdditionalProperties):
    """
    Attributes:
        job (JobIdentifier):
        result (InstanceReference):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
    """

    _FIT = {"job": ("m", "JobIdentifier"), "result": ("m", "InstanceReference"), "cursor": "s"}
    _REQUIRED = ("job", "result")

    job: JobIdentifier
    result: InstanceReference
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job = self.job.to_dict()

        result = self.result.to_dict()

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job": job,
                "result": result,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_reference import InstanceReference  # noqa: PLC0415
        from ..models.job_identifier import JobIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        job = JobIdentifier.from_dict(d.pop("job"))

        result = InstanceReference.from_dict(d.pop("result"))

        cursor = d.pop("cursor", UNSET)

        list_job_result_rejections_request = cls(
            job=job,
            result=result,
            cursor=cursor,
        )

        list_job_result_rejections_request.additional_properties = d
        return list_job_result_rejections_request
