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


T = TypeVar("T", bound="Simulator")


@_attrs_define
class Simulator(AdditionalProperties):
    """
    Attributes:
        id (int): A unique id of a simulator
        external_id (str): External id of the simulator
        name (str): Name of the simulator
        file_extension_types (list[str]): File extension types allowed as a model dependency.
        created_time (int):
        last_updated_time (int):
        model_types (list[SimulatorModelType] | Unset): Model types supported by the simulator
        step_fields (list[SimulatorStep] | Unset): Step types supported by the simulator when creating routines
        unit_quantities (list[SimulatorQuantity] | Unset): Quantities and their units supported by the simulator
    """

    _FIT = {
        "id": "i",
        "externalId": "s",
        "name": "s",
        "fileExtensionTypes": ("l", "s"),
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "modelTypes": ("l", ("m", "SimulatorModelType")),
        "stepFields": ("l", ("m", "SimulatorStep")),
        "unitQuantities": ("l", ("m", "SimulatorQuantity")),
    }
    _REQUIRED = ("id", "externalId", "name", "fileExtensionTypes", "createdTime", "lastUpdatedTime")

    id: int
    external_id: str
    name: str
    file_extension_types: list[str]
    created_time: int
    last_updated_time: int
    model_types: list[SimulatorModelType] | Unset = UNSET
    step_fields: list[SimulatorStep] | Unset = UNSET
    unit_quantities: list[SimulatorQuantity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id = self.external_id

        name = self.name

        file_extension_types = self.file_extension_types

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        model_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_types, Unset):
            model_types = []
            for model_types_item_data in self.model_types:
                model_types_item = model_types_item_data.to_dict()
                model_types.append(model_types_item)

        step_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.step_fields, Unset):
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
                "id": id,
                "externalId": external_id,
                "name": name,
                "fileExtensionTypes": file_extension_types,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if model_types is not UNSET:
            field_dict["modelTypes"] = model_types
        if step_fields is not UNSET:
            field_dict["stepFields"] = step_fields
        if unit_quantities is not UNSET:
            field_dict["unitQuantities"] = unit_quantities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_type import SimulatorModelType  # noqa: PLC0415
        from ..models.simulator_quantity import SimulatorQuantity  # noqa: PLC0415
        from ..models.simulator_step import SimulatorStep  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        external_id = d.pop("externalId")

        name = d.pop("name")

        file_extension_types = cast(list[str], d.pop("fileExtensionTypes"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        _model_types = d.pop("modelTypes", UNSET)
        model_types: list[SimulatorModelType] | Unset = UNSET
        if _model_types is not UNSET:
            model_types = []
            for model_types_item_data in _model_types:
                model_types_item = SimulatorModelType.from_dict(model_types_item_data)

                model_types.append(model_types_item)

        _step_fields = d.pop("stepFields", UNSET)
        step_fields: list[SimulatorStep] | Unset = UNSET
        if _step_fields is not UNSET:
            step_fields = []
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

        simulator = cls(
            id=id,
            external_id=external_id,
            name=name,
            file_extension_types=file_extension_types,
            created_time=created_time,
            last_updated_time=last_updated_time,
            model_types=model_types,
            step_fields=step_fields,
            unit_quantities=unit_quantities,
        )

        simulator.additional_properties = d
        return simulator
