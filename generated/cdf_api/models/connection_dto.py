from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ConnectionDto")


@_attrs_define
class ConnectionDto(AdditionalProperties):
    """Connection between two entities in a diagram. The connected entities can either be in the same or different
    diagrams.

        Attributes:
            created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
                Time (UTC), minus leap seconds. Example: 1730204346000.
            diagram_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
                my.known.id.
            end_node_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
                my.known.id.
            external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
                my.known.id.
            is_user_detected (bool): Checks whether the connection was detected by a user or not. Returns a boolean value.
            last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
                Universal Time (UTC), minus leap seconds. Example: 1730204346000.
            start_node_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
                my.known.id.
    """

    _FIT = {
        "createdTime": "i",
        "diagramId": "s",
        "endNodeId": "s",
        "externalId": "s",
        "isUserDetected": "b",
        "lastUpdatedTime": "i",
        "startNodeId": "s",
    }
    _REQUIRED = (
        "createdTime",
        "diagramId",
        "endNodeId",
        "externalId",
        "isUserDetected",
        "lastUpdatedTime",
        "startNodeId",
    )

    created_time: int
    diagram_id: str
    end_node_id: str
    external_id: str
    is_user_detected: bool
    last_updated_time: int
    start_node_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        diagram_id = self.diagram_id

        end_node_id = self.end_node_id

        external_id = self.external_id

        is_user_detected = self.is_user_detected

        last_updated_time = self.last_updated_time

        start_node_id = self.start_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdTime": created_time,
                "diagramId": diagram_id,
                "endNodeId": end_node_id,
                "externalId": external_id,
                "isUserDetected": is_user_detected,
                "lastUpdatedTime": last_updated_time,
                "startNodeId": start_node_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_time = d.pop("createdTime")

        diagram_id = d.pop("diagramId")

        end_node_id = d.pop("endNodeId")

        external_id = d.pop("externalId")

        is_user_detected = d.pop("isUserDetected")

        last_updated_time = d.pop("lastUpdatedTime")

        start_node_id = d.pop("startNodeId")

        connection_dto = cls(
            created_time=created_time,
            diagram_id=diagram_id,
            end_node_id=end_node_id,
            external_id=external_id,
            is_user_detected=is_user_detected,
            last_updated_time=last_updated_time,
            start_node_id=start_node_id,
        )

        connection_dto.additional_properties = d
        return connection_dto
