from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.subworkflow_task_parameters_option_1 import SubworkflowTaskParametersOption1
    from ..models.subworkflow_task_parameters_tasks import SubworkflowTaskParametersTasks


T = TypeVar("T", bound="SubworkflowTaskParameters")


@_attrs_define
class SubworkflowTaskParameters(AdditionalProperties):
    """
    Attributes:
        subworkflow (SubworkflowTaskParametersOption1 | SubworkflowTaskParametersTasks | Unset):
    """

    _FIT = {"subworkflow": ("u", (("m", "SubworkflowTaskParametersTasks"), ("m", "SubworkflowTaskParametersOption1")))}
    _REQUIRED = ()

    subworkflow: SubworkflowTaskParametersOption1 | SubworkflowTaskParametersTasks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subworkflow: dict[str, Any] | Unset
        if isinstance(self.subworkflow, Unset):
            subworkflow = UNSET
        else:
            subworkflow = self.subworkflow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subworkflow is not UNSET:
            field_dict["subworkflow"] = subworkflow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subworkflow_task_parameters_option_1 import SubworkflowTaskParametersOption1  # noqa: PLC0415
        from ..models.subworkflow_task_parameters_tasks import SubworkflowTaskParametersTasks  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_subworkflow(
            data: object,
        ) -> SubworkflowTaskParametersOption1 | SubworkflowTaskParametersTasks | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SubworkflowTaskParametersTasks, SubworkflowTaskParametersOption1))

        subworkflow = _parse_subworkflow(d.pop("subworkflow", UNSET))

        subworkflow_task_parameters = cls(
            subworkflow=subworkflow,
        )

        subworkflow_task_parameters.additional_properties = d
        return subworkflow_task_parameters
