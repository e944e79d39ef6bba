from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..models.validation_status import ValidationStatus
from ..models.view_status import ViewStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentParserStatus")


@_attrs_define
class DocumentParserStatus(AdditionalProperties):
    """The status field containing information about the job status, view status, and validation status.

    Attributes:
        job (JobStatus | Unset): The status of the job.
        view (ViewStatus | Unset): The status of the instance written to the View of Data Models.
        validation (ValidationStatus | Unset): The status of document parser validation, which can be not ready, ready
            for review, approved, or rejected.
    """

    _FIT = {"job": "s", "view": "s", "validation": "s"}
    _REQUIRED = ()

    job: JobStatus | Unset = UNSET
    view: ViewStatus | Unset = UNSET
    validation: ValidationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: str | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.value

        view: str | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = self.view.value

        validation: str | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = self.validation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job is not UNSET:
            field_dict["job"] = job
        if view is not UNSET:
            field_dict["view"] = view
        if validation is not UNSET:
            field_dict["validation"] = validation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _job = d.pop("job", UNSET)
        job: JobStatus | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = JobStatus(_job)

        _view = d.pop("view", UNSET)
        view: ViewStatus | Unset
        if isinstance(_view, Unset):
            view = UNSET
        else:
            view = ViewStatus(_view)

        _validation = d.pop("validation", UNSET)
        validation: ValidationStatus | Unset
        if isinstance(_validation, Unset):
            validation = UNSET
        else:
            validation = ValidationStatus(_validation)

        document_parser_status = cls(
            job=job,
            view=view,
            validation=validation,
        )

        document_parser_status.additional_properties = d
        return document_parser_status
