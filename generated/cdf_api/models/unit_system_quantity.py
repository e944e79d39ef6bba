from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UnitSystemQuantity")


@_attrs_define
class UnitSystemQuantity(AdditionalProperties):
    """
    Attributes:
        name (str): Name of the quantity Example: Temperature.
        unit_external_id (str): Default unit for the quantity Example: temperature:deg_c.
    """

    _FIT = {"name": "s", "unitExternalId": "s"}
    _REQUIRED = ("name", "unitExternalId")

    name: str
    unit_external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        unit_external_id = self.unit_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "unitExternalId": unit_external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        unit_external_id = d.pop("unitExternalId")

        unit_system_quantity = cls(
            name=name,
            unit_external_id=unit_external_id,
        )

        unit_system_quantity.additional_properties = d
        return unit_system_quantity
