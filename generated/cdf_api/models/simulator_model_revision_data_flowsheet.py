from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_model_revision_data_object_edge import SimulatorModelRevisionDataObjectEdge
    from ..models.simulator_model_revision_data_object_node import SimulatorModelRevisionDataObjectNode
    from ..models.simulator_model_revision_data_thermodynamic import SimulatorModelRevisionDataThermodynamic


T = TypeVar("T", bound="SimulatorModelRevisionDataFlowsheet")


@_attrs_define
class SimulatorModelRevisionDataFlowsheet(AdditionalProperties):
    """
    Attributes:
        simulator_object_nodes (list[SimulatorModelRevisionDataObjectNode]): List of flowsheet nodes
        simulator_object_edges (list[SimulatorModelRevisionDataObjectEdge]): List of flowsheet edges
        thermodynamics (SimulatorModelRevisionDataThermodynamic):
    """

    _FIT = {
        "simulatorObjectNodes": ("l", ("m", "SimulatorModelRevisionDataObjectNode")),
        "simulatorObjectEdges": ("l", ("m", "SimulatorModelRevisionDataObjectEdge")),
        "thermodynamics": ("m", "SimulatorModelRevisionDataThermodynamic"),
    }
    _REQUIRED = ("simulatorObjectNodes", "simulatorObjectEdges", "thermodynamics")

    simulator_object_nodes: list[SimulatorModelRevisionDataObjectNode]
    simulator_object_edges: list[SimulatorModelRevisionDataObjectEdge]
    thermodynamics: SimulatorModelRevisionDataThermodynamic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulator_object_nodes = []
        for simulator_object_nodes_item_data in self.simulator_object_nodes:
            simulator_object_nodes_item = simulator_object_nodes_item_data.to_dict()
            simulator_object_nodes.append(simulator_object_nodes_item)

        simulator_object_edges = []
        for simulator_object_edges_item_data in self.simulator_object_edges:
            simulator_object_edges_item = simulator_object_edges_item_data.to_dict()
            simulator_object_edges.append(simulator_object_edges_item)

        thermodynamics = self.thermodynamics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulatorObjectNodes": simulator_object_nodes,
                "simulatorObjectEdges": simulator_object_edges,
                "thermodynamics": thermodynamics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_revision_data_object_edge import SimulatorModelRevisionDataObjectEdge  # noqa: PLC0415
        from ..models.simulator_model_revision_data_object_node import SimulatorModelRevisionDataObjectNode  # noqa: PLC0415
        from ..models.simulator_model_revision_data_thermodynamic import SimulatorModelRevisionDataThermodynamic  # noqa: PLC0415

        d = dict(src_dict)
        simulator_object_nodes = []
        _simulator_object_nodes = d.pop("simulatorObjectNodes")
        for simulator_object_nodes_item_data in _simulator_object_nodes:
            simulator_object_nodes_item = SimulatorModelRevisionDataObjectNode.from_dict(
                simulator_object_nodes_item_data
            )

            simulator_object_nodes.append(simulator_object_nodes_item)

        simulator_object_edges = []
        _simulator_object_edges = d.pop("simulatorObjectEdges")
        for simulator_object_edges_item_data in _simulator_object_edges:
            simulator_object_edges_item = SimulatorModelRevisionDataObjectEdge.from_dict(
                simulator_object_edges_item_data
            )

            simulator_object_edges.append(simulator_object_edges_item)

        thermodynamics = SimulatorModelRevisionDataThermodynamic.from_dict(d.pop("thermodynamics"))

        simulator_model_revision_data_flowsheet = cls(
            simulator_object_nodes=simulator_object_nodes,
            simulator_object_edges=simulator_object_edges,
            thermodynamics=thermodynamics,
        )

        simulator_model_revision_data_flowsheet.additional_properties = d
        return simulator_model_revision_data_flowsheet
