from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulator_model_revision_data_connection_type import SimulatorModelRevisionDataConnectionType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorModelRevisionDataObjectEdge")


@_attrs_define
class SimulatorModelRevisionDataObjectEdge(AdditionalProperties):
    """
    Attributes:
        id (str): Edge identifier
        source_id (str): Source node identifier
        target_id (str): Target node identifier
        connection_type (SimulatorModelRevisionDataConnectionType):
        name (str | Unset): Edge name
    """

    _FIT = {"id": "s", "sourceId": "s", "targetId": "s", "connectionType": "s", "name": "s"}
    _REQUIRED = ("id", "sourceId", "targetId", "connectionType")

    id: str
    source_id: str
    target_id: str
    connection_type: SimulatorModelRevisionDataConnectionType
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_id = self.source_id

        target_id = self.target_id

        connection_type = self.connection_type.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sourceId": source_id,
                "targetId": target_id,
                "connectionType": connection_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        source_id = d.pop("sourceId")

        target_id = d.pop("targetId")

        connection_type = SimulatorModelRevisionDataConnectionType(d.pop("connectionType"))

        name = d.pop("name", UNSET)

        simulator_model_revision_data_object_edge = cls(
            id=id,
            source_id=source_id,
            target_id=target_id,
            connection_type=connection_type,
            name=name,
        )

        simulator_model_revision_data_object_edge.additional_properties = d
        return simulator_model_revision_data_object_edge
