from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.functions_activation_status import FunctionsActivationStatus
from ..types import AdditionalProperties

T = TypeVar("T", bound="FunctionsActivation")


@_attrs_define
class FunctionsActivation(AdditionalProperties):
    """
    Attributes:
        status (FunctionsActivationStatus): Signifies whether Cognite Functions have been requested or activated for the
            project. Set to inactive by default.
    """

    _FIT = {"status": "s"}
    _REQUIRED = ("status",)

    status: FunctionsActivationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = FunctionsActivationStatus(d.pop("status"))

        functions_activation = cls(
            status=status,
        )

        functions_activation.additional_properties = d
        return functions_activation
