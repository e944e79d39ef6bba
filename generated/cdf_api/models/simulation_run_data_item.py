from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulation_value import SimulationValue
    from ..models.simulation_value_base import SimulationValueBase


T = TypeVar("T", bound="SimulationRunDataItem")


@_attrs_define
class SimulationRunDataItem(AdditionalProperties):
    """
    Attributes:
        run_id (int):
        inputs (list[SimulationValue]):
        outputs (list[SimulationValueBase]):
    """

    _FIT = {"runId": "i", "inputs": ("l", ("m", "SimulationValue")), "outputs": ("l", ("m", "SimulationValueBase"))}
    _REQUIRED = ("runId", "inputs", "outputs")

    run_id: int
    inputs: list[SimulationValue]
    outputs: list[SimulationValueBase]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item = outputs_item_data.to_dict()
            outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runId": run_id,
                "inputs": inputs,
                "outputs": outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulation_value import SimulationValue  # noqa: PLC0415
        from ..models.simulation_value_base import SimulationValueBase  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("runId")

        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = SimulationValue.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:
            outputs_item = SimulationValueBase.from_dict(outputs_item_data)

            outputs.append(outputs_item)

        simulation_run_data_item = cls(
            run_id=run_id,
            inputs=inputs,
            outputs=outputs,
        )

        simulation_run_data_item.additional_properties = d
        return simulation_run_data_item
