from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.get_transformation_jobs_by_ids_response_409_error import GetTransformationJobsByIdsResponse409Error


T = TypeVar("T", bound="GetTransformationJobsByIdsResponse409")


@_attrs_define
class GetTransformationJobsByIdsResponse409(AdditionalProperties):
    """
    Attributes:
        error (GetTransformationJobsByIdsResponse409Error):
    """

    _FIT = {"error": ("m", "GetTransformationJobsByIdsResponse409Error")}
    _REQUIRED = ("error",)

    error: GetTransformationJobsByIdsResponse409Error
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_transformation_jobs_by_ids_response_409_error import (
            GetTransformationJobsByIdsResponse409Error,  # noqa: PLC0415
        )

        d = dict(src_dict)
        error = GetTransformationJobsByIdsResponse409Error.from_dict(d.pop("error"))

        get_transformation_jobs_by_ids_response_409 = cls(
            error=error,
        )

        get_transformation_jobs_by_ids_response_409.additional_properties = d
        return get_transformation_jobs_by_ids_response_409
