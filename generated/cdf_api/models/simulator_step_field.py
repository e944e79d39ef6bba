from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_step_option import SimulatorStepOption


T = TypeVar("T", bound="SimulatorStepField")


@_attrs_define
class SimulatorStepField(AdditionalProperties):
    """
    Attributes:
        name (str): Name of the field
        label (str): Label of the field. Used to render the field label in the GUI.
        info (str): Info of the field. Used to render a tooltip for the field in the GUI.
        options (list[SimulatorStepOption] | Unset): Options to show in the GUI dropdown of the routine builder
    """

    _FIT = {"name": "s", "label": "s", "info": "s", "options": ("l", ("m", "SimulatorStepOption"))}
    _REQUIRED = ("name", "label", "info")

    name: str
    label: str
    info: str
    options: list[SimulatorStepOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        info = self.info

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "label": label,
                "info": info,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_step_option import SimulatorStepOption  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        label = d.pop("label")

        info = d.pop("info")

        _options = d.pop("options", UNSET)
        options: list[SimulatorStepOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = SimulatorStepOption.from_dict(options_item_data)

                options.append(options_item)

        simulator_step_field = cls(
            name=name,
            label=label,
            info=info,
            options=options,
        )

        simulator_step_field.additional_properties = d
        return simulator_step_field
