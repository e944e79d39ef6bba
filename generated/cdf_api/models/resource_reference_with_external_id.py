from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ResourceReferenceWithExternalId")


@_attrs_define
class ResourceReferenceWithExternalId(AdditionalProperties):
    """
    Attributes:
        type_ (ResourceType | Unset):
        external_id (str | Unset):
    """

    _FIT = {"type": "s", "externalId": "s"}
    _REQUIRED = ()

    type_: ResourceType | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResourceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResourceType(_type_)

        external_id = d.pop("externalId", UNSET)

        resource_reference_with_external_id = cls(
            type_=type_,
            external_id=external_id,
        )

        resource_reference_with_external_id.additional_properties = d
        return resource_reference_with_external_id
