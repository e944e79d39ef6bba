from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ConnectionCreateDraft")


@_attrs_define
class ConnectionCreateDraft(AdditionalProperties):
    """
    Attributes:
        diagram_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        end_node_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        is_user_detected (bool): Whether or not the connection was created by a user
        start_node_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"diagramId": "s", "endNodeId": "s", "isUserDetected": "b", "startNodeId": "s"}
    _REQUIRED = ("diagramId", "endNodeId", "isUserDetected", "startNodeId")

    diagram_id: str
    end_node_id: str
    is_user_detected: bool
    start_node_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diagram_id = self.diagram_id

        end_node_id = self.end_node_id

        is_user_detected = self.is_user_detected

        start_node_id = self.start_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diagramId": diagram_id,
                "endNodeId": end_node_id,
                "isUserDetected": is_user_detected,
                "startNodeId": start_node_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diagram_id = d.pop("diagramId")

        end_node_id = d.pop("endNodeId")

        is_user_detected = d.pop("isUserDetected")

        start_node_id = d.pop("startNodeId")

        connection_create_draft = cls(
            diagram_id=diagram_id,
            end_node_id=end_node_id,
            is_user_detected=is_user_detected,
            start_node_id=start_node_id,
        )

        connection_create_draft.additional_properties = d
        return connection_create_draft
