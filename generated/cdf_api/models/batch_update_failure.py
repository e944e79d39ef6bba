from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="BatchUpdateFailure")


@_attrs_define
class BatchUpdateFailure(AdditionalProperties):
    """
    Attributes:
        id (float): ID of the session.
        error (str): User-friendly error description.
        code (float): HTTP-code corresponding to this error.
    """

    _FIT = {"id": "n", "error": "s", "code": "n"}
    _REQUIRED = ("id", "error", "code")

    id: float
    error: str
    code: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        error = self.error

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "error": error,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        error = d.pop("error")

        code = d.pop("code")

        batch_update_failure = cls(
            id=id,
            error=error,
            code=code,
        )

        batch_update_failure.additional_properties = d
        return batch_update_failure
