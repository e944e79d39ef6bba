from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.property_sort_v3_direction import PropertySortV3Direction
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PropertySortV3")


@_attrs_define
class PropertySortV3(AdditionalProperties):
    """
    Attributes:
        property_ (list[str]): A reference to either a DMS base property or a container property.
            For nodes the DMS base properties are `instanceType`, `version`,
            `space`, `externalId`, `type`, `createdTime`, `lastUpdatedTime`,
            and `deletedTime`. For edges the DMS base properties
            are all of the node base properties with the addition of
            `startNode` and `endNode`.

            References to DMS base properties are on the form
            `["node", "identifier"]` or `["edge", "identifier"]` where
            `identifier` is a DMS base property.

            Container properties can be referenced either through a view
             or through the container where it is defined.
            - To reference a property through the container where it
                is defined the format is
                `["space", "externalId", "identifier"]` where `space`,
                `externalId` is the space and
                externalId of the container and `identifier` is one of the
                property identifiers defined in the container.
            - To reference a property through one of the views mapping it the format
              is `["space", "externalId/version", "identifier"]`
              where `space`, `externalId`, `version` is the space, externalId,
              and version of the view respectively, and `identifier` is one of the
              property identifiers defined in the view.
        direction (PropertySortV3Direction | Unset):
        nulls_first (bool | Unset):
    """

    _FIT = {"property": ("l", "s"), "direction": "s", "nullsFirst": "b"}
    _REQUIRED = ("property",)

    property_: list[str]
    direction: PropertySortV3Direction | Unset = UNSET
    nulls_first: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        nulls_first = self.nulls_first

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if nulls_first is not UNSET:
            field_dict["nullsFirst"] = nulls_first

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        _direction = d.pop("direction", UNSET)
        direction: PropertySortV3Direction | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = PropertySortV3Direction(_direction)

        nulls_first = d.pop("nullsFirst", UNSET)

        property_sort_v3 = cls(
            property_=property_,
            direction=direction,
            nulls_first=nulls_first,
        )

        property_sort_v3.additional_properties = d
        return property_sort_v3
