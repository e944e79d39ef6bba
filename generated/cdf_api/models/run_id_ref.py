from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RunIdRef")


@_attrs_define
class RunIdRef(AdditionalProperties):
    """
    Attributes:
        run_id (int): Simulation run id
    """

    _FIT = {"runId": "i"}
    _REQUIRED = ("runId",)

    run_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runId": run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = d.pop("runId")

        run_id_ref = cls(
            run_id=run_id,
        )

        run_id_ref.additional_properties = d
        return run_id_ref
