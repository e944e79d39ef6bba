from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.simulator_model_revision_status_update import SimulatorModelRevisionStatusUpdate
    from ..models.update_set_null import UpdateSetNull
    from ..models.update_set_string import UpdateSetString


T = TypeVar("T", bound="SimulatorModelRevisionUpdate")


@_attrs_define
class SimulatorModelRevisionUpdate(AdditionalProperties):
    """
    Attributes:
        status (SimulatorModelRevisionStatusUpdate | Unset):
        status_message (Unset | UpdateSetNull | UpdateSetString): Status message of the simulation model revision
    """

    _FIT = {
        "status": ("m", "SimulatorModelRevisionStatusUpdate"),
        "statusMessage": ("u", (("m", "UpdateSetString"), ("m", "UpdateSetNull"))),
    }
    _REQUIRED = ()

    status: SimulatorModelRevisionStatusUpdate | Unset = UNSET
    status_message: Unset | UpdateSetNull | UpdateSetString = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        status_message: dict[str, Any] | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_revision_status_update import SimulatorModelRevisionStatusUpdate  # noqa: PLC0415
        from ..models.update_set_null import UpdateSetNull  # noqa: PLC0415
        from ..models.update_set_string import UpdateSetString  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: SimulatorModelRevisionStatusUpdate | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SimulatorModelRevisionStatusUpdate.from_dict(_status)

        def _parse_status_message(data: object) -> Unset | UpdateSetNull | UpdateSetString:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateSetString, UpdateSetNull))

        status_message = _parse_status_message(d.pop("statusMessage", UNSET))

        simulator_model_revision_update = cls(
            status=status,
            status_message=status_message,
        )

        simulator_model_revision_update.additional_properties = d
        return simulator_model_revision_update
