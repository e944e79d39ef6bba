from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_model_revision_data_flowsheet import SimulatorModelRevisionDataFlowsheet
    from ..models.simulator_model_revision_data_view_info import SimulatorModelRevisionDataViewInfo


T = TypeVar("T", bound="SimulatorModelRevisionDataView")


@_attrs_define
class SimulatorModelRevisionDataView(AdditionalProperties):
    """
    Attributes:
        data_set_id (int): Dataset id of the resource
        model_revision_external_id (str): External id of the model revision
        created_time (int):
        last_updated_time (int):
        flowsheets (list[SimulatorModelRevisionDataFlowsheet] | Unset): List of flowsheets of the model revision
        info (SimulatorModelRevisionDataViewInfo | Unset): Additional simulator-specific information
    """

    _FIT = {
        "dataSetId": "i",
        "modelRevisionExternalId": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "flowsheets": ("l", ("m", "SimulatorModelRevisionDataFlowsheet")),
        "info": ("m", "SimulatorModelRevisionDataViewInfo"),
    }
    _REQUIRED = ("dataSetId", "modelRevisionExternalId", "createdTime", "lastUpdatedTime")

    data_set_id: int
    model_revision_external_id: str
    created_time: int
    last_updated_time: int
    flowsheets: list[SimulatorModelRevisionDataFlowsheet] | Unset = UNSET
    info: SimulatorModelRevisionDataViewInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_id = self.data_set_id

        model_revision_external_id = self.model_revision_external_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        flowsheets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flowsheets, Unset):
            flowsheets = []
            for flowsheets_item_data in self.flowsheets:
                flowsheets_item = flowsheets_item_data.to_dict()
                flowsheets.append(flowsheets_item)

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSetId": data_set_id,
                "modelRevisionExternalId": model_revision_external_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if flowsheets is not UNSET:
            field_dict["flowsheets"] = flowsheets
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_revision_data_flowsheet import SimulatorModelRevisionDataFlowsheet  # noqa: PLC0415
        from ..models.simulator_model_revision_data_view_info import SimulatorModelRevisionDataViewInfo  # noqa: PLC0415

        d = dict(src_dict)
        data_set_id = d.pop("dataSetId")

        model_revision_external_id = d.pop("modelRevisionExternalId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        _flowsheets = d.pop("flowsheets", UNSET)
        flowsheets: list[SimulatorModelRevisionDataFlowsheet] | Unset = UNSET
        if _flowsheets is not UNSET:
            flowsheets = []
            for flowsheets_item_data in _flowsheets:
                flowsheets_item = SimulatorModelRevisionDataFlowsheet.from_dict(flowsheets_item_data)

                flowsheets.append(flowsheets_item)

        _info = d.pop("info", UNSET)
        info: SimulatorModelRevisionDataViewInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = SimulatorModelRevisionDataViewInfo.from_dict(_info)

        simulator_model_revision_data_view = cls(
            data_set_id=data_set_id,
            model_revision_external_id=model_revision_external_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            flowsheets=flowsheets,
            info=info,
        )

        simulator_model_revision_data_view.additional_properties = d
        return simulator_model_revision_data_view
