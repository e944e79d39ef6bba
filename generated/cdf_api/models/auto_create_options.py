from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AutoCreateOptions")


@_attrs_define
class AutoCreateOptions(AdditionalProperties):
    """Options to control the automatic creation of related instances when writing to data models. By default, all options
    are true.

        Attributes:
            start_nodes (bool | Unset): If true (default), missing start nodes are automatically created in the destination.
                If false, the transformation validates node references and returns a 400 error if a referenced start node for
                creating edges doesn't exist.
            end_nodes (bool | Unset): If true (default), missing end nodes  are automatically created in the destination. If
                false, the transformation validates node references and returns a 400 error if a referenced end node for
                creating edges doesn't exist.
            direct_relations (bool | Unset): If true (default), missing direct relation targets are automatically created in
                the destination. If false, the transformation validates relation references and returns a 400 error if a
                referenced target node doesn't exist.
    """

    _FIT = {"startNodes": "b", "endNodes": "b", "directRelations": "b"}
    _REQUIRED = ()

    start_nodes: bool | Unset = UNSET
    end_nodes: bool | Unset = UNSET
    direct_relations: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_nodes = self.start_nodes

        end_nodes = self.end_nodes

        direct_relations = self.direct_relations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_nodes is not UNSET:
            field_dict["startNodes"] = start_nodes
        if end_nodes is not UNSET:
            field_dict["endNodes"] = end_nodes
        if direct_relations is not UNSET:
            field_dict["directRelations"] = direct_relations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_nodes = d.pop("startNodes", UNSET)

        end_nodes = d.pop("endNodes", UNSET)

        direct_relations = d.pop("directRelations", UNSET)

        auto_create_options = cls(
            start_nodes=start_nodes,
            end_nodes=end_nodes,
            direct_relations=direct_relations,
        )

        auto_create_options.additional_properties = d
        return auto_create_options
