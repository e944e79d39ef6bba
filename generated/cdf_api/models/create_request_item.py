from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.create_request_item_payload import CreateRequestItemPayload


T = TypeVar("T", bound="CreateRequestItem")


@_attrs_define
class CreateRequestItem(AdditionalProperties):
    """
    Attributes:
        payload (CreateRequestItemPayload): Payload to send to the SAP endpoint
        key (str | Unset): External object key related to this request.
        file_id (str | Unset): CDF File external Id. Only use when the SAP endpoint type is 'attachment'
    """

    _FIT = {"payload": ("m", "CreateRequestItemPayload"), "key": "s", "fileId": "s"}
    _REQUIRED = ("payload",)

    payload: CreateRequestItemPayload
    key: str | Unset = UNSET
    file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        key = self.key

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if file_id is not UNSET:
            field_dict["fileId"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_request_item_payload import CreateRequestItemPayload  # noqa: PLC0415

        d = dict(src_dict)
        payload = CreateRequestItemPayload.from_dict(d.pop("payload"))

        key = d.pop("key", UNSET)

        file_id = d.pop("fileId", UNSET)

        create_request_item = cls(
            payload=payload,
            key=key,
            file_id=file_id,
        )

        create_request_item.additional_properties = d
        return create_request_item
