from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PrimitivePropertyUnit")


@_attrs_define
class PrimitivePropertyUnit(AdditionalProperties):
    """The unit of the data stored in this property, can only be assign to type float32 or float64.
    ExternalId needs to match with a unit in the Cognite unit catalog.

        Example:
            externalId: temperature:deg_c, sourceUnit: Celsius

        Attributes:
            external_id (str):
            source_unit (str | Unset):
    """

    _FIT = {"externalId": "s", "sourceUnit": "s"}
    _REQUIRED = ("externalId",)

    external_id: str
    source_unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        source_unit = self.source_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if source_unit is not UNSET:
            field_dict["sourceUnit"] = source_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        source_unit = d.pop("sourceUnit", UNSET)

        primitive_property_unit = cls(
            external_id=external_id,
            source_unit=source_unit,
        )

        primitive_property_unit.additional_properties = d
        return primitive_property_unit
