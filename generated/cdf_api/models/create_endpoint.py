from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_endpoint_endpoint_type import CreateEndpointEndpointType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreateEndpoint")


@_attrs_define
class CreateEndpoint(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        endpoint_type (CreateEndpointEndpointType): SAP OData endpoint
        instance_id (str): External ID of the SAP instance the endpoint should connect to.
        mapping_id (str | Unset): External ID of the schema mapping this endpoint should use to transform the writeback
            request.
    """

    _FIT = {"externalId": "s", "endpointType": "s", "instanceId": "s", "mappingId": "s"}
    _REQUIRED = ("externalId", "endpointType", "instanceId")

    external_id: str
    endpoint_type: CreateEndpointEndpointType
    instance_id: str
    mapping_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        endpoint_type = self.endpoint_type.value

        instance_id = self.instance_id

        mapping_id = self.mapping_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "endpointType": endpoint_type,
                "instanceId": instance_id,
            }
        )
        if mapping_id is not UNSET:
            field_dict["mappingId"] = mapping_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        endpoint_type = CreateEndpointEndpointType(d.pop("endpointType"))

        instance_id = d.pop("instanceId")

        mapping_id = d.pop("mappingId", UNSET)

        create_endpoint = cls(
            external_id=external_id,
            endpoint_type=endpoint_type,
            instance_id=instance_id,
            mapping_id=mapping_id,
        )

        create_endpoint.additional_properties = d
        return create_endpoint
