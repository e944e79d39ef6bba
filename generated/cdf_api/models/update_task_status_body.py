from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_task_status_body_status import UpdateTaskStatusBodyStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.update_task_status_body_output import UpdateTaskStatusBodyOutput


T = TypeVar("T", bound="UpdateTaskStatusBody")


@_attrs_define
class UpdateTaskStatusBody(AdditionalProperties):
    """
    Attributes:
        status (UpdateTaskStatusBodyStatus):
        output (UpdateTaskStatusBodyOutput | Unset): Custom output data of the task, which will be merged with the
            original output of the task. The output data should be in JSON format, and is limited to 100KB in size. Example:
            {'key1': 'value1', 'key2': 'value2'}.
    """

    _FIT = {"status": "s", "output": ("m", "UpdateTaskStatusBodyOutput")}
    _REQUIRED = ("status",)

    status: UpdateTaskStatusBodyStatus
    output: UpdateTaskStatusBodyOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_task_status_body_output import UpdateTaskStatusBodyOutput  # noqa: PLC0415

        d = dict(src_dict)
        status = UpdateTaskStatusBodyStatus(d.pop("status"))

        _output = d.pop("output", UNSET)
        output: UpdateTaskStatusBodyOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = UpdateTaskStatusBodyOutput.from_dict(_output)

        update_task_status_body = cls(
            status=status,
            output=output,
        )

        update_task_status_body.additional_properties = d
        return update_task_status_body
