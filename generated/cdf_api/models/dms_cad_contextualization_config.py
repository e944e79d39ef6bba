from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DmsCADContextualizationConfig")


@_attrs_define
class DmsCADContextualizationConfig(AdditionalProperties):
    """
    Attributes:
        object_3d_space (str):
        cad_node_space (str):
    """

    _FIT = {"object3DSpace": "s", "cadNodeSpace": "s"}
    _REQUIRED = ("object3DSpace", "cadNodeSpace")

    object_3d_space: str
    cad_node_space: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_3d_space = self.object_3d_space

        cad_node_space = self.cad_node_space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object3DSpace": object_3d_space,
                "cadNodeSpace": cad_node_space,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_3d_space = d.pop("object3DSpace")

        cad_node_space = d.pop("cadNodeSpace")

        dms_cad_contextualization_config = cls(
            object_3d_space=object_3d_space,
            cad_node_space=cad_node_space,
        )

        dms_cad_contextualization_config.additional_properties = d
        return dms_cad_contextualization_config
