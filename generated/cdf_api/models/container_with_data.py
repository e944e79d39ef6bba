from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.property_value_group_v3 import PropertyValueGroupV3


T = TypeVar("T", bound="ContainerWithData")


@_attrs_define
class ContainerWithData(AdditionalProperties):
    """Container holding properties."""

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, PropertyValueGroupV3] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_value_group_v3 import PropertyValueGroupV3  # noqa: PLC0415

        d = dict(src_dict)
        container_with_data = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PropertyValueGroupV3.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        container_with_data.additional_properties = additional_properties
        return container_with_data
