from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.update_set_short_str import UpdateSetShortStr
    from ..models.update_set_string import UpdateSetString


T = TypeVar("T", bound="SimulatorModelUpdate")


@_attrs_define
class SimulatorModelUpdate(AdditionalProperties):
    """
    Attributes:
        name (UpdateSetShortStr | Unset):
        description (UpdateSetString | Unset):
    """

    _FIT = {"name": ("m", "UpdateSetShortStr"), "description": ("m", "UpdateSetString")}
    _REQUIRED = ()

    name: UpdateSetShortStr | Unset = UNSET
    description: UpdateSetString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_set_short_str import UpdateSetShortStr  # noqa: PLC0415
        from ..models.update_set_string import UpdateSetString  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: UpdateSetShortStr | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = UpdateSetShortStr.from_dict(_name)

        _description = d.pop("description", UNSET)
        description: UpdateSetString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = UpdateSetString.from_dict(_description)

        simulator_model_update = cls(
            name=name,
            description=description,
        )

        simulator_model_update.additional_properties = d
        return simulator_model_update
