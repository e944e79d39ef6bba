from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.create_request_item import CreateRequestItem


T = TypeVar("T", bound="CreateRequest")


@_attrs_define
class CreateRequest(AdditionalProperties):
    """
    Attributes:
        endpoint_id (str): External ID of the SAP endpoint the writeback request should be sent to.
        request (list[CreateRequestItem]):
    """

    _FIT = {"endpointId": "s", "request": ("l", ("m", "CreateRequestItem"))}
    _REQUIRED = ("endpointId", "request")

    endpoint_id: str
    request: list[CreateRequestItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        request = []
        for componentsschemas_list_create_request_item_item_data in self.request:
            componentsschemas_list_create_request_item_item = (
                componentsschemas_list_create_request_item_item_data.to_dict()
            )
            request.append(componentsschemas_list_create_request_item_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpointId": endpoint_id,
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_request_item import CreateRequestItem  # noqa: PLC0415

        d = dict(src_dict)
        endpoint_id = d.pop("endpointId")

        request = []
        _request = d.pop("request")
        for componentsschemas_list_create_request_item_item_data in _request:
            componentsschemas_list_create_request_item_item = CreateRequestItem.from_dict(
                componentsschemas_list_create_request_item_item_data
            )

            request.append(componentsschemas_list_create_request_item_item)

        create_request = cls(
            endpoint_id=endpoint_id,
            request=request,
        )

        create_request.additional_properties = d
        return create_request
