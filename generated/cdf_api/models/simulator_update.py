from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_model_type_list_update import SimulatorModelTypeListUpdate
    from ..models.simulator_quantity_list_update import SimulatorQuantityListUpdate
    from ..models.simulator_step_list_update import SimulatorStepListUpdate
    from ..models.str_list_update import StrListUpdate
    from ..models.update_set_short_str import UpdateSetShortStr


T = TypeVar("T", bound="SimulatorUpdate")


@_attrs_define
class SimulatorUpdate(AdditionalProperties):
    """
    Attributes:
        name (UpdateSetShortStr | Unset):
        file_extension_types (StrListUpdate | Unset):
        model_types (SimulatorModelTypeListUpdate | Unset):
        step_fields (SimulatorStepListUpdate | Unset):
        unit_quantities (SimulatorQuantityListUpdate | Unset):
    """

    _FIT = {
        "name": ("m", "UpdateSetShortStr"),
        "fileExtensionTypes": ("m", "StrListUpdate"),
        "modelTypes": ("m", "SimulatorModelTypeListUpdate"),
        "stepFields": ("m", "SimulatorStepListUpdate"),
        "unitQuantities": ("m", "SimulatorQuantityListUpdate"),
    }
    _REQUIRED = ()

    name: UpdateSetShortStr | Unset = UNSET
    file_extension_types: StrListUpdate | Unset = UNSET
    model_types: SimulatorModelTypeListUpdate | Unset = UNSET
    step_fields: SimulatorStepListUpdate | Unset = UNSET
    unit_quantities: SimulatorQuantityListUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        file_extension_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_extension_types, Unset):
            file_extension_types = self.file_extension_types.to_dict()

        model_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_types, Unset):
            model_types = self.model_types.to_dict()

        step_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.step_fields, Unset):
            step_fields = self.step_fields.to_dict()

        unit_quantities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_quantities, Unset):
            unit_quantities = self.unit_quantities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if file_extension_types is not UNSET:
            field_dict["fileExtensionTypes"] = file_extension_types
        if model_types is not UNSET:
            field_dict["modelTypes"] = model_types
        if step_fields is not UNSET:
            field_dict["stepFields"] = step_fields
        if unit_quantities is not UNSET:
            field_dict["unitQuantities"] = unit_quantities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_type_list_update import SimulatorModelTypeListUpdate  # noqa: PLC0415
        from ..models.simulator_quantity_list_update import SimulatorQuantityListUpdate  # noqa: PLC0415
        from ..models.simulator_step_list_update import SimulatorStepListUpdate  # noqa: PLC0415
        from ..models.str_list_update import StrListUpdate  # noqa: PLC0415
        from ..models.update_set_short_str import UpdateSetShortStr  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: UpdateSetShortStr | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = UpdateSetShortStr.from_dict(_name)

        _file_extension_types = d.pop("fileExtensionTypes", UNSET)
        file_extension_types: StrListUpdate | Unset
        if isinstance(_file_extension_types, Unset):
            file_extension_types = UNSET
        else:
            file_extension_types = StrListUpdate.from_dict(_file_extension_types)

        _model_types = d.pop("modelTypes", UNSET)
        model_types: SimulatorModelTypeListUpdate | Unset
        if isinstance(_model_types, Unset):
            model_types = UNSET
        else:
            model_types = SimulatorModelTypeListUpdate.from_dict(_model_types)

        _step_fields = d.pop("stepFields", UNSET)
        step_fields: SimulatorStepListUpdate | Unset
        if isinstance(_step_fields, Unset):
            step_fields = UNSET
        else:
            step_fields = SimulatorStepListUpdate.from_dict(_step_fields)

        _unit_quantities = d.pop("unitQuantities", UNSET)
        unit_quantities: SimulatorQuantityListUpdate | Unset
        if isinstance(_unit_quantities, Unset):
            unit_quantities = UNSET
        else:
            unit_quantities = SimulatorQuantityListUpdate.from_dict(_unit_quantities)

        simulator_update = cls(
            name=name,
            file_extension_types=file_extension_types,
            model_types=model_types,
            step_fields=step_fields,
            unit_quantities=unit_quantities,
        )

        simulator_update.additional_properties = d
        return simulator_update
