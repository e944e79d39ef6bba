from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.stream_create_conflict_error import StreamCreateConflictError


T = TypeVar("T", bound="StreamCreateConflict")


@_attrs_define
class StreamCreateConflict(AdditionalProperties):
    """
    Attributes:
        error (StreamCreateConflictError): Details about the duplicated stream id.
    """

    _FIT = {"error": ("m", "StreamCreateConflictError")}
    _REQUIRED = ("error",)

    error: StreamCreateConflictError
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
        from ..models.stream_create_conflict_error import StreamCreateConflictError  # noqa: PLC0415

        d = dict(src_dict)
        error = StreamCreateConflictError.from_dict(d.pop("error"))

        stream_create_conflict = cls(
            error=error,
        )

        stream_create_conflict.additional_properties = d
        return stream_create_conflict
