from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.transformation_task_parameters_transformation import TransformationTaskParametersTransformation


T = TypeVar("T", bound="TransformationTaskParameters")


@_attrs_define
class TransformationTaskParameters(AdditionalProperties):
    """
    Attributes:
        transformation (TransformationTaskParametersTransformation | Unset): Parameters for the CDF Transformation task
            type.
    """

    _FIT = {"transformation": ("m", "TransformationTaskParametersTransformation")}
    _REQUIRED = ()

    transformation: TransformationTaskParametersTransformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transformation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transformation, Unset):
            transformation = self.transformation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transformation is not UNSET:
            field_dict["transformation"] = transformation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transformation_task_parameters_transformation import TransformationTaskParametersTransformation  # noqa: PLC0415

        d = dict(src_dict)
        _transformation = d.pop("transformation", UNSET)
        transformation: TransformationTaskParametersTransformation | Unset
        if isinstance(_transformation, Unset):
            transformation = UNSET
        else:
            transformation = TransformationTaskParametersTransformation.from_dict(_transformation)

        transformation_task_parameters = cls(
            transformation=transformation,
        )

        transformation_task_parameters.additional_properties = d
        return transformation_task_parameters
