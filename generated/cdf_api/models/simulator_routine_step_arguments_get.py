from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorRoutineStepArgumentsGet")


@_attrs_define
class SimulatorRoutineStepArgumentsGet(AdditionalProperties):
    """
    Attributes:
        reference_id (str): A unique id of the output defined in the routine configuration.
    """

    _FIT = {"referenceId": "s"}
    _REQUIRED = ("referenceId",)

    reference_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceId": reference_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_id = d.pop("referenceId")

        simulator_routine_step_arguments_get = cls(
            reference_id=reference_id,
        )

        simulator_routine_step_arguments_get.additional_properties = d
        return simulator_routine_step_arguments_get
