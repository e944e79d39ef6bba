from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.create_request_item_response_payload import CreateRequestItemResponsePayload


T = TypeVar("T", bound="CreateRequestItemResponse")


@_attrs_define
class CreateRequestItemResponse(AdditionalProperties):
    """
    Attributes:
        payload (CreateRequestItemResponsePayload): Payload to send to the SAP endpoint
    """

    _FIT = {"payload": ("m", "CreateRequestItemResponsePayload")}
    _REQUIRED = ("payload",)

    payload: CreateRequestItemResponsePayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_request_item_response_payload import CreateRequestItemResponsePayload  # noqa: PLC0415

        d = dict(src_dict)
        payload = CreateRequestItemResponsePayload.from_dict(d.pop("payload"))

        create_request_item_response = cls(
            payload=payload,
        )

        create_request_item_response.additional_properties = d
        return create_request_item_response
