from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DirectRelationImprovementSuggestion")


@_attrs_define
class DirectRelationImprovementSuggestion(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['direct'] | Unset):
        space (str | Unset):
        origin_external_id (str | Unset):
        property_name (str | Unset): The name of the property
    """

    _FIT = {"type": ("c", "direct"), "space": "s", "originExternalId": "s", "propertyName": "s"}
    _REQUIRED = ()

    type_: Literal["direct"] | Unset = UNSET
    space: str | Unset = UNSET
    origin_external_id: str | Unset = UNSET
    property_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        space = self.space

        origin_external_id = self.origin_external_id

        property_name = self.property_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if space is not UNSET:
            field_dict["space"] = space
        if origin_external_id is not UNSET:
            field_dict["originExternalId"] = origin_external_id
        if property_name is not UNSET:
            field_dict["propertyName"] = property_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["direct"] | Unset, d.pop("type", UNSET))
        if type_ != "direct" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'direct', got '{type_}'")

        space = d.pop("space", UNSET)

        origin_external_id = d.pop("originExternalId", UNSET)

        property_name = d.pop("propertyName", UNSET)

        direct_relation_improvement_suggestion = cls(
            type_=type_,
            space=space,
            origin_external_id=origin_external_id,
            property_name=property_name,
        )

        direct_relation_improvement_suggestion.additional_properties = d
        return direct_relation_improvement_suggestion
