from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.upsert_conflict_error import UpsertConflictError


T = TypeVar("T", bound="UpsertConflict")


@_attrs_define
class UpsertConflict(AdditionalProperties):
    """
    Attributes:
        error (UpsertConflictError): Details about the error caused by the upsert/update.
    """

    _FIT = {"error": ("m", "UpsertConflictError")}
    _REQUIRED = ("error",)

    error: UpsertConflictError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upsert_conflict_error import UpsertConflictError  # noqa: PLC0415

        d = dict(src_dict)
        error = UpsertConflictError.from_dict(d.pop("error"))

        upsert_conflict = cls(
            error=error,
        )

        upsert_conflict.additional_properties = d
        return upsert_conflict
