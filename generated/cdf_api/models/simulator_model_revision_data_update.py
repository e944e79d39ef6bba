from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.dictionary_update import DictionaryUpdate
    from ..models.simulator_model_revision_data_flowsheet_list_update import (
        SimulatorModelRevisionDataFlowsheetListUpdate,
    )


T = TypeVar("T", bound="SimulatorModelRevisionDataUpdate")


@_attrs_define
class SimulatorModelRevisionDataUpdate(AdditionalProperties):
    """
    Attributes:
        flowsheets (SimulatorModelRevisionDataFlowsheetListUpdate | Unset):
        info (DictionaryUpdate | Unset):
    """

    _FIT = {"flowsheets": ("m", "SimulatorModelRevisionDataFlowsheetListUpdate"), "info": ("m", "DictionaryUpdate")}
    _REQUIRED = ()

    flowsheets: SimulatorModelRevisionDataFlowsheetListUpdate | Unset = UNSET
    info: DictionaryUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flowsheets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flowsheets, Unset):
            flowsheets = self.flowsheets.to_dict()

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flowsheets is not UNSET:
            field_dict["flowsheets"] = flowsheets
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dictionary_update import DictionaryUpdate  # noqa: PLC0415
        from ..models.simulator_model_revision_data_flowsheet_list_update import (
            SimulatorModelRevisionDataFlowsheetListUpdate,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _flowsheets = d.pop("flowsheets", UNSET)
        flowsheets: SimulatorModelRevisionDataFlowsheetListUpdate | Unset
        if isinstance(_flowsheets, Unset):
            flowsheets = UNSET
        else:
            flowsheets = SimulatorModelRevisionDataFlowsheetListUpdate.from_dict(_flowsheets)

        _info = d.pop("info", UNSET)
        info: DictionaryUpdate | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = DictionaryUpdate.from_dict(_info)

        simulator_model_revision_data_update = cls(
            flowsheets=flowsheets,
            info=info,
        )

        simulator_model_revision_data_update.additional_properties = d
        return simulator_model_revision_data_update
