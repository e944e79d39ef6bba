from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.function_task_parameters_function import FunctionTaskParametersFunction


T = TypeVar("T", bound="FunctionTaskParameters")


@_attrs_define
class FunctionTaskParameters(AdditionalProperties):
    """ Parameters for the Cognite Function task type.

        Attributes:
            function (FunctionTaskParametersFunction | Unset):
            is_async_complete (bool | Unset): Defines if the execution of the task should be completed asynchronously.

                  - If `false`, the status of the task will be set to `COMPLETED` when the Cognite Function call completes
                successfully.\\
                  - If `true`, the task status will remain `IN_PROGRESS` even when the Cognite Function call completes
                successfully.\\
                  It will then wait for an external process to update the task status directly using the task update endpoint.\\
                  The task id required for the callback to update the task status is included in the input data of the Function
                with key "cogniteOrchestrationTaskId".
     """

    _FIT = {"function": ("m", "FunctionTaskParametersFunction"), "isAsyncComplete": "b"}
    _REQUIRED = ()

    function: FunctionTaskParametersFunction | Unset = UNSET
    is_async_complete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        is_async_complete = self.is_async_complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if function is not UNSET:
            field_dict["function"] = function
        if is_async_complete is not UNSET:
            field_dict["isAsyncComplete"] = is_async_complete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_task_parameters_function import FunctionTaskParametersFunction  # noqa: PLC0415

        d = dict(src_dict)
        _function = d.pop("function", UNSET)
        function: FunctionTaskParametersFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = FunctionTaskParametersFunction.from_dict(_function)

        is_async_complete = d.pop("isAsyncComplete", UNSET)

        function_task_parameters = cls(
            function=function,
            is_async_complete=is_async_complete,
        )

        function_task_parameters.additional_properties = d
        return function_task_parameters
