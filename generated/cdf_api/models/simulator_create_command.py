from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_model_type import SimulatorModelType
    from ..models.simulator_quantity import SimulatorQuantity
    from ..models.simulator_step import SimulatorStep


T = TypeVar("T", bound="SimulatorCreateCommand")


@_attrs_define
class SimulatorCreateCommand(AdditionalProperties):
    """
    Attributes:
        external_id (str): External id of the simulator
        name (str): Name of the simulator
        file_extension_types (list[str]): File extension types supported by the simulator
        model_types (list[SimulatorModelType]): Model types supported by the simulator
        step_fields (list[SimulatorStep]): Step types supported by the simulator when creating routines
        unit_quantities (list[SimulatorQuantity] | Unset): Quantities and their units supported by the simulator
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "fileExtensionTypes": ("l", "s"),
        "modelTypes": ("l", ("m", "SimulatorModelType")),
        "stepFields": ("l", ("m", "SimulatorStep")),
        "unitQuantities": ("l", ("m", "SimulatorQuantity")),
    }
    _REQUIRED = ("externalId", "name", "fileExtensionTypes", "modelTypes", "stepFields")

    external_id: str
    name: str
    file_extension_types: list[str]
    model_types: list[SimulatorModelType]
    step_fields: list[SimulatorStep]
    unit_quantities: list[SimulatorQuantity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        file_extension_types = self.file_extension_types

        model_types = []
        for model_types_item_data in self.model_types:
            model_types_item = model_types_item_data.to_dict()
            model_types.append(model_types_item)

        step_fields = []
        for step_fields_item_data in self.step_fields:
            step_fields_item = step_fields_item_data.to_dict()
            step_fields.append(step_fields_item)

        unit_quantities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unit_quantities, Unset):
            unit_quantities = []
            for unit_quantities_item_data in self.unit_quantities:
                unit_quantities_item = unit_quantities_item_data.to_dict()
                unit_quantities.append(unit_quantities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
                "fileExtensionTypes": file_extension_types,
                "modelTypes": model_types,
                "stepFields": step_fields,
            }
        )
        if unit_quantities is not UNSET:
            field_dict["unitQuantities"] = unit_quantities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_type import SimulatorModelType  # noqa: PLC0415
        from ..models.simulator_quantity import SimulatorQuantity  # noqa: PLC0415
        from ..models.simulator_step import SimulatorStep  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        file_extension_types = cast(list[str], d.pop("fileExtensionTypes"))

        model_types = []
        _model_types = d.pop("modelTypes")
        for model_types_item_data in _model_types:
            model_types_item = SimulatorModelType.from_dict(model_types_item_data)

            model_types.append(model_types_item)

        step_fields = []
        _step_fields = d.pop("stepFields")
        for step_fields_item_data in _step_fields:
            step_fields_item = SimulatorStep.from_dict(step_fields_item_data)

            step_fields.append(step_fields_item)

        _unit_quantities = d.pop("unitQuantities", UNSET)
        unit_quantities: list[SimulatorQuantity] | Unset = UNSET
        if _unit_quantities is not UNSET:
            unit_quantities = []
            for unit_quantities_item_data in _unit_quantities:
                unit_quantities_item = SimulatorQuantity.from_dict(unit_quantities_item_data)

                unit_quantities.append(unit_quantities_item)

        simulator_create_command = cls(
            external_id=external_id,
            name=name,
            file_extension_types=file_extension_types,
            model_types=model_types,
            step_fields=step_fields,
            unit_quantities=unit_quantities,
        )

        simulator_create_command.additional_properties = d
        return simulator_create_command
