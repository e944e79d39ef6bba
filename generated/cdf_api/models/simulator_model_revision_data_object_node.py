from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_model_revision_data_graphical_object import SimulatorModelRevisionDataGraphicalObject
    from ..models.simulator_model_revision_data_property import SimulatorModelRevisionDataProperty


T = TypeVar("T", bound="SimulatorModelRevisionDataObjectNode")


@_attrs_define
class SimulatorModelRevisionDataObjectNode(AdditionalProperties):
    """
    Attributes:
        id (str): Node identifier
        type_ (str): Node type
        properties (list[SimulatorModelRevisionDataProperty]): List of node properties
        name (str | Unset): Node name
        graphical_object (SimulatorModelRevisionDataGraphicalObject | Unset):
    """

    _FIT = {
        "id": "s",
        "type": "s",
        "properties": ("l", ("m", "SimulatorModelRevisionDataProperty")),
        "name": "s",
        "graphicalObject": ("m", "SimulatorModelRevisionDataGraphicalObject"),
    }
    _REQUIRED = ("id", "type", "properties")

    id: str
    type_: str
    properties: list[SimulatorModelRevisionDataProperty]
    name: str | Unset = UNSET
    graphical_object: SimulatorModelRevisionDataGraphicalObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        properties = []
        for properties_item_data in self.properties:
            properties_item = properties_item_data.to_dict()
            properties.append(properties_item)

        name = self.name

        graphical_object: dict[str, Any] | Unset = UNSET
        if not isinstance(self.graphical_object, Unset):
            graphical_object = self.graphical_object.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "properties": properties,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if graphical_object is not UNSET:
            field_dict["graphicalObject"] = graphical_object

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_revision_data_graphical_object import SimulatorModelRevisionDataGraphicalObject  # noqa: PLC0415
        from ..models.simulator_model_revision_data_property import SimulatorModelRevisionDataProperty  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        properties = []
        _properties = d.pop("properties")
        for properties_item_data in _properties:
            properties_item = SimulatorModelRevisionDataProperty.from_dict(properties_item_data)

            properties.append(properties_item)

        name = d.pop("name", UNSET)

        _graphical_object = d.pop("graphicalObject", UNSET)
        graphical_object: SimulatorModelRevisionDataGraphicalObject | Unset
        if isinstance(_graphical_object, Unset):
            graphical_object = UNSET
        else:
            graphical_object = SimulatorModelRevisionDataGraphicalObject.from_dict(_graphical_object)

        simulator_model_revision_data_object_node = cls(
            id=id,
            type_=type_,
            properties=properties,
            name=name,
            graphical_object=graphical_object,
        )

        simulator_model_revision_data_object_node.additional_properties = d
        return simulator_model_revision_data_object_node
