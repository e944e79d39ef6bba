from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.target_unit import TargetUnit
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="SourceSelectorV3Item")


@_attrs_define
class SourceSelectorV3Item(AdditionalProperties):
    """
    Attributes:
        source (ViewReference): Reference to a view
        properties (list[str]): Properties to return for the specified view. Use "*" to return all properties.
        target_units (list[TargetUnit] | Unset): Properties to convert to another unit. The API can only convert to
            another unit, if a unit has been defined as part of the type on the underlying container being queried.
    """

    _FIT = {"source": ("m", "ViewReference"), "properties": ("l", "s"), "targetUnits": ("l", ("m", "TargetUnit"))}
    _REQUIRED = ("source", "properties")

    source: ViewReference
    properties: list[str]
    target_units: list[TargetUnit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        properties = self.properties

        target_units: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.target_units, Unset):
            target_units = []
            for componentsschemas_target_units_item_data in self.target_units:
                componentsschemas_target_units_item = componentsschemas_target_units_item_data.to_dict()
                target_units.append(componentsschemas_target_units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "properties": properties,
            }
        )
        if target_units is not UNSET:
            field_dict["targetUnits"] = target_units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_unit import TargetUnit  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        source = ViewReference.from_dict(d.pop("source"))

        properties = cast(list[str], d.pop("properties"))

        _target_units = d.pop("targetUnits", UNSET)
        target_units: list[TargetUnit] | Unset = UNSET
        if _target_units is not UNSET:
            target_units = []
            for componentsschemas_target_units_item_data in _target_units:
                componentsschemas_target_units_item = TargetUnit.from_dict(componentsschemas_target_units_item_data)

                target_units.append(componentsschemas_target_units_item)

        source_selector_v3_item = cls(
            source=source,
            properties=properties,
            target_units=target_units,
        )

        source_selector_v3_item.additional_properties = d
        return source_selector_v3_item
