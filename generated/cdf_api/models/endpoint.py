from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_endpoint_type import EndpointEndpointType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Endpoint")


@_attrs_define
class Endpoint(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        endpoint_type (EndpointEndpointType): SAP OData endpoint type
        instance_id (str): ID of the SAP instance the endpoint should connect to.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        mapping_id (str | Unset): ID of the schema mapping used by this endpoint to transform the writeback request.
    """

    _FIT = {
        "externalId": "s",
        "endpointType": "s",
        "instanceId": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "mappingId": "s",
    }
    _REQUIRED = ("externalId", "endpointType", "instanceId", "createdTime", "lastUpdatedTime")

    external_id: str
    endpoint_type: EndpointEndpointType
    instance_id: str
    created_time: int
    last_updated_time: int
    mapping_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        endpoint_type = self.endpoint_type.value

        instance_id = self.instance_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        mapping_id = self.mapping_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "endpointType": endpoint_type,
                "instanceId": instance_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if mapping_id is not UNSET:
            field_dict["mappingId"] = mapping_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        endpoint_type = EndpointEndpointType(d.pop("endpointType"))

        instance_id = d.pop("instanceId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        mapping_id = d.pop("mappingId", UNSET)

        endpoint = cls(
            external_id=external_id,
            endpoint_type=endpoint_type,
            instance_id=instance_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            mapping_id=mapping_id,
        )

        endpoint.additional_properties = d
        return endpoint
