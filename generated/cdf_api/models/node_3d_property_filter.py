from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.node_3d_property_filter_properties import Node3DPropertyFilterProperties


T = TypeVar("T", bound="Node3DPropertyFilter")


@_attrs_define
class Node3DPropertyFilter(AdditionalProperties):
    """Filters used in the search.

    Attributes:
        properties (Node3DPropertyFilterProperties | Unset): Contains one or more categories (namespaces), each of which
            contains one or more properties. Each property is associated with a list of values. The list of values acts as
            an OR-clause, so that if a node's corresponding property value equals ANY of the strings in the list, it
            satisfies the condition for that property. The different properties are concatenated with AND-operations, so
            that a node must satisfy the condition for ALL properties from all categories to be part of the returned set.
            The allowed number of property values is limited to 1000 values in total. Example: {'PDMS': {'Area': ['AB76',
            'AB77', 'AB78'], 'Type': ['PIPE', 'BEND', 'PIPESUP']}}.
    """

    _FIT = {"properties": ("m", "Node3DPropertyFilterProperties")}
    _REQUIRED = ()

    properties: Node3DPropertyFilterProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_3d_property_filter_properties import Node3DPropertyFilterProperties  # noqa: PLC0415

        d = dict(src_dict)
        _properties = d.pop("properties", UNSET)
        properties: Node3DPropertyFilterProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = Node3DPropertyFilterProperties.from_dict(_properties)

        node_3d_property_filter = cls(
            properties=properties,
        )

        node_3d_property_filter.additional_properties = d
        return node_3d_property_filter
