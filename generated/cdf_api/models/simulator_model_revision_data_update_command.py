from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_model_revision_data_update import SimulatorModelRevisionDataUpdate


T = TypeVar("T", bound="SimulatorModelRevisionDataUpdateCommand")


@_attrs_define
class SimulatorModelRevisionDataUpdateCommand(AdditionalProperties):
    """
    Attributes:
        model_revision_external_id (str): External id of the model revision
        update (SimulatorModelRevisionDataUpdate):
    """

    _FIT = {"modelRevisionExternalId": "s", "update": ("m", "SimulatorModelRevisionDataUpdate")}
    _REQUIRED = ("modelRevisionExternalId", "update")

    model_revision_external_id: str
    update: SimulatorModelRevisionDataUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_revision_external_id = self.model_revision_external_id

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelRevisionExternalId": model_revision_external_id,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_revision_data_update import SimulatorModelRevisionDataUpdate  # noqa: PLC0415

        d = dict(src_dict)
        model_revision_external_id = d.pop("modelRevisionExternalId")

        update = SimulatorModelRevisionDataUpdate.from_dict(d.pop("update"))

        simulator_model_revision_data_update_command = cls(
            model_revision_external_id=model_revision_external_id,
            update=update,
        )

        simulator_model_revision_data_update_command.additional_properties = d
        return simulator_model_revision_data_update_command
