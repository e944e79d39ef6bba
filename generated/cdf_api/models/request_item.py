from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.request_item_payload import RequestItemPayload


T = TypeVar("T", bound="RequestItem")


@_attrs_define
class RequestItem(AdditionalProperties):
    """
    Attributes:
        payload (RequestItemPayload): Payload to send to the SAP endpoint
        key (str | Unset): External object key related to this request
    """

    _FIT = {"payload": ("m", "RequestItemPayload"), "key": "s"}
    _REQUIRED = ("payload",)

    payload: RequestItemPayload
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_item_payload import RequestItemPayload  # noqa: PLC0415

        d = dict(src_dict)
        payload = RequestItemPayload.from_dict(d.pop("payload"))

        key = d.pop("key", UNSET)

        request_item = cls(
            payload=payload,
            key=key,
        )

        request_item.additional_properties = d
        return request_item
