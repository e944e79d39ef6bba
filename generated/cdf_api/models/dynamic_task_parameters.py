from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.dynamic_task_parameters_dynamic import DynamicTaskParametersDynamic


T = TypeVar("T", bound="DynamicTaskParameters")


@_attrs_define
class DynamicTaskParameters(AdditionalProperties):
    """Dynamic tasks allow the dynamic creation of additional tasks during a workflow execution.

    There are two things needed to execute a dynamic task.
    - A list of task definitions (similar to the way tasks are defined in the workflow definition when creating a
    workflow version).
    - A workflow task prior to the dynamic task that outputs the above list

    Note: a dynamic task cannot start other dynamic tasks or subworkflows.

        Attributes:
            dynamic (DynamicTaskParametersDynamic | Unset): Tasks should reference a list of task definitions, defined
                exactly like they are during version creation.
    """

    _FIT = {"dynamic": ("m", "DynamicTaskParametersDynamic")}
    _REQUIRED = ()

    dynamic: DynamicTaskParametersDynamic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dynamic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic, Unset):
            dynamic = self.dynamic.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dynamic is not UNSET:
            field_dict["dynamic"] = dynamic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dynamic_task_parameters_dynamic import DynamicTaskParametersDynamic  # noqa: PLC0415

        d = dict(src_dict)
        _dynamic = d.pop("dynamic", UNSET)
        dynamic: DynamicTaskParametersDynamic | Unset
        if isinstance(_dynamic, Unset):
            dynamic = UNSET
        else:
            dynamic = DynamicTaskParametersDynamic.from_dict(_dynamic)

        dynamic_task_parameters = cls(
            dynamic=dynamic,
        )

        dynamic_task_parameters.additional_properties = d
        return dynamic_task_parameters
