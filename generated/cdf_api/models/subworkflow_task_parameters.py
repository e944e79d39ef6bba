from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, best_first

if TYPE_CHECKING:
    from ..models.subworkflow_task_parameters_option_1 import SubworkflowTaskParametersOption1
    from ..models.subworkflow_task_parameters_tasks import SubworkflowTaskParametersTasks


T = TypeVar("T", bound="SubworkflowTaskParameters")


@_attrs_define
class SubworkflowTaskParameters:
    """
    Attributes:
        subworkflow (SubworkflowTaskParametersOption1 | SubworkflowTaskParametersTasks | Unset):
    """

    _FIT = {"subworkflow": ("u", (("m", "SubworkflowTaskParametersTasks"), ("m", "SubworkflowTaskParametersOption1")))}
    _REQUIRED = ()

    subworkflow: SubworkflowTaskParametersOption1 | SubworkflowTaskParametersTasks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subworkflow_task_parameters_tasks import SubworkflowTaskParametersTasks  # noqa: PLC0415

        subworkflow: dict[str, Any] | Unset
        if isinstance(self.subworkflow, Unset):
            subworkflow = UNSET
        elif isinstance(self.subworkflow, SubworkflowTaskParametersTasks):
            subworkflow = self.subworkflow.to_dict()
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
            if isinstance(data, dict):
                _ranked = best_first(
                    data,
                    (
                        SubworkflowTaskParametersTasks,
                        SubworkflowTaskParametersOption1,
                    ),
                )
                for _cls in _ranked[:-1]:
                    try:
                        return _cls.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _ranked[-1].from_dict(data)
            raise TypeError(f"expected an object, got {type(data).__name__}")

        subworkflow = _parse_subworkflow(d.pop("subworkflow", UNSET))

        subworkflow_task_parameters = cls(
            subworkflow=subworkflow,
        )

        subworkflow_task_parameters.additional_properties = d
        return subworkflow_task_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
