from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Node3DPropertyFilterProperties")


@_attrs_define
class Node3DPropertyFilterProperties(AdditionalProperties):
    """Contains one or more categories (namespaces), each of which contains one or more properties. Each property is
    associated with a list of values. The list of values acts as an OR-clause, so that if a node's corresponding
    property value equals ANY of the strings in the list, it satisfies the condition for that property. The different
    properties are concatenated with AND-operations, so that a node must satisfy the condition for ALL properties from
    all categories to be part of the returned set. The allowed number of property values is limited to 1000 values in
    total.

        Example:
            {'PDMS': {'Area': ['AB76', 'AB77', 'AB78'], 'Type': ['PIPE', 'BEND', 'PIPESUP']}}

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_3d_property_filter_properties = cls()

        node_3d_property_filter_properties.additional_properties = d
        return node_3d_property_filter_properties
