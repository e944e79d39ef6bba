from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RequestItemMinimal")


@_attrs_define
class RequestItemMinimal(AdditionalProperties):
    """
    Attributes:
        key (str | Unset): External object key related to this request
        sap_object_id (str | Unset): Object key of the created records in the SAP destination.
    """

    _FIT = {"key": "s", "sapObjectId": "s"}
    _REQUIRED = ()

    key: str | Unset = UNSET
    sap_object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        sap_object_id = self.sap_object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if sap_object_id is not UNSET:
            field_dict["sapObjectId"] = sap_object_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        sap_object_id = d.pop("sapObjectId", UNSET)

        request_item_minimal = cls(
            key=key,
            sap_object_id=sap_object_id,
        )

        request_item_minimal.additional_properties = d
        return request_item_minimal
