from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.node_properties_3d_additional_property import NodeProperties3DAdditionalProperty


T = TypeVar("T", bound="NodeProperties3D")


@_attrs_define
class NodeProperties3D(AdditionalProperties):
    """Properties extracted from 3D model, with property categories containing key/value string pairs.

    Example:
        {'category1': {'property1': 'value1', 'property2': 'value2'}, 'category2': {'property1': 'value1', 'property2':
            'value2'}}

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, NodeProperties3DAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_properties_3d_additional_property import NodeProperties3DAdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        node_properties_3d = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = NodeProperties3DAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        node_properties_3d.additional_properties = additional_properties
        return node_properties_3d
