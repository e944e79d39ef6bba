from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorModelRevisionDataPropertyReferenceObject")


@_attrs_define
class SimulatorModelRevisionDataPropertyReferenceObject(AdditionalProperties):
    """Reference to the simulator object from which the value is read"""

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        simulator_model_revision_data_property_reference_object = cls()

        simulator_model_revision_data_property_reference_object.additional_properties = d
        return simulator_model_revision_data_property_reference_object
