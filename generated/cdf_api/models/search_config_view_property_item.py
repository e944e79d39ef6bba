from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SearchConfigViewPropertyItem")


@_attrs_define
class SearchConfigViewPropertyItem(AdditionalProperties):
    """
    Attributes:
        property_ (str): The property name
        disabled (bool | Unset): Whether the property is disabled
        selected (bool | Unset): Whether the property is selected
        hidden (bool | Unset): Whether the property is hidden
    """

    _FIT = {"property": "s", "disabled": "b", "selected": "b", "hidden": "b"}
    _REQUIRED = ("property",)

    property_: str
    disabled: bool | Unset = UNSET
    selected: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        disabled = self.disabled

        selected = self.selected

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if selected is not UNSET:
            field_dict["selected"] = selected
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = d.pop("property")

        disabled = d.pop("disabled", UNSET)

        selected = d.pop("selected", UNSET)

        hidden = d.pop("hidden", UNSET)

        search_config_view_property_item = cls(
            property_=property_,
            disabled=disabled,
            selected=selected,
            hidden=hidden,
        )

        search_config_view_property_item.additional_properties = d
        return search_config_view_property_item
