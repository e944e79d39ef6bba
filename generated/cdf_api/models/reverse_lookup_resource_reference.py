from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ReverseLookupResourceReference")


@_attrs_define
class ReverseLookupResourceReference(AdditionalProperties):
    """A reference to another CDF resource. Internal and external ID are both provided if available.

    Attributes:
        id (int | Unset): A server-generated ID for the object.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
    """

    _FIT = {"id": "i", "externalId": "s"}
    _REQUIRED = ()

    id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        external_id = d.pop("externalId", UNSET)

        reverse_lookup_resource_reference = cls(
            id=id,
            external_id=external_id,
        )

        reverse_lookup_resource_reference.additional_properties = d
        return reverse_lookup_resource_reference
