from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.request_item_full_payload import RequestItemFullPayload


T = TypeVar("T", bound="RequestItemFull")


@_attrs_define
class RequestItemFull(AdditionalProperties):
    """
    Attributes:
        payload (RequestItemFullPayload): Payload to send to the SAP endpoint
        key (str | Unset): External object key related to this request
        sap_object_id (str | Unset): Object key of the created records in the SAP destination.
    """

    _FIT = {"payload": ("m", "RequestItemFullPayload"), "key": "s", "sapObjectId": "s"}
    _REQUIRED = ("payload",)

    payload: RequestItemFullPayload
    key: str | Unset = UNSET
    sap_object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        key = self.key

        sap_object_id = self.sap_object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if sap_object_id is not UNSET:
            field_dict["sapObjectId"] = sap_object_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_item_full_payload import RequestItemFullPayload  # noqa: PLC0415

        d = dict(src_dict)
        payload = RequestItemFullPayload.from_dict(d.pop("payload"))

        key = d.pop("key", UNSET)

        sap_object_id = d.pop("sapObjectId", UNSET)

        request_item_full = cls(
            payload=payload,
            key=key,
            sap_object_id=sap_object_id,
        )

        request_item_full.additional_properties = d
        return request_item_full
