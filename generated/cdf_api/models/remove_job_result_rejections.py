from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.instance_reference import InstanceReference
    from ..models.job_identifier import JobIdentifier


T = TypeVar("T", bound="RemoveJobResultRejections")


@_attrs_define
class RemoveJobResultRejections(AdditionalProperties):
    """
    Attributes:
        job (JobIdentifier):
        result (InstanceReference):
        remove (list[str]):
    """

    _FIT = {"job": ("m", "JobIdentifier"), "result": ("m", "InstanceReference"), "remove": ("l", "s")}
    _REQUIRED = ("job", "result", "remove")

    job: JobIdentifier
    result: InstanceReference
    remove: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job = self.job.to_dict()

        result = self.result.to_dict()

        remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job": job,
                "result": result,
                "remove": remove,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_reference import InstanceReference  # noqa: PLC0415
        from ..models.job_identifier import JobIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        job = JobIdentifier.from_dict(d.pop("job"))

        result = InstanceReference.from_dict(d.pop("result"))

        remove = cast(list[str], d.pop("remove"))

        remove_job_result_rejections = cls(
            job=job,
            result=result,
            remove=remove,
        )

        remove_job_result_rejections.additional_properties = d
        return remove_job_result_rejections
