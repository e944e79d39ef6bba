from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorModelRevisionDataModelExternalId")


@_attrs_define
class SimulatorModelRevisionDataModelExternalId(AdditionalProperties):
    """
    Attributes:
        model_revision_external_id (str): External id of the model revision
    """

    _FIT = {"modelRevisionExternalId": "s"}
    _REQUIRED = ("modelRevisionExternalId",)

    model_revision_external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_revision_external_id = self.model_revision_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelRevisionExternalId": model_revision_external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_revision_external_id = d.pop("modelRevisionExternalId")

        simulator_model_revision_data_model_external_id = cls(
            model_revision_external_id=model_revision_external_id,
        )

        simulator_model_revision_data_model_external_id.additional_properties = d
        return simulator_model_revision_data_model_external_id
