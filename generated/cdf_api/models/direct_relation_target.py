from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DirectRelationTarget")


@_attrs_define
class DirectRelationTarget(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['direct']):
        space (str):
        view_external_id (str):
        view_version (str):
        property_name (str): The name of the property that holds the direct relation
    """

    _FIT = {"type": ("c", "direct"), "space": "s", "viewExternalId": "s", "viewVersion": "s", "propertyName": "s"}
    _REQUIRED = ("type", "space", "viewExternalId", "viewVersion", "propertyName")

    type_: Literal["direct"]
    space: str
    view_external_id: str
    view_version: str
    property_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        space = self.space

        view_external_id = self.view_external_id

        view_version = self.view_version

        property_name = self.property_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "space": space,
                "viewExternalId": view_external_id,
                "viewVersion": view_version,
                "propertyName": property_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["direct"], d.pop("type"))
        if type_ != "direct":
            raise ValueError(f"type must match const 'direct', got '{type_}'")

        space = d.pop("space")

        view_external_id = d.pop("viewExternalId")

        view_version = d.pop("viewVersion")

        property_name = d.pop("propertyName")

        direct_relation_target = cls(
            type_=type_,
            space=space,
            view_external_id=view_external_id,
            view_version=view_version,
            property_name=property_name,
        )

        direct_relation_target.additional_properties = d
        return direct_relation_target
