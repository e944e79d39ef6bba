from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.delete_stream_response_410_error import DeleteStreamResponse410Error


T = TypeVar("T", bound="DeleteStreamResponse410")


@_attrs_define
class DeleteStreamResponse410(AdditionalProperties):
    """
    Attributes:
        error (DeleteStreamResponse410Error):
    """

    _FIT = {"error": ("m", "DeleteStreamResponse410Error")}
    _REQUIRED = ("error",)

    error: DeleteStreamResponse410Error
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
        from ..models.delete_stream_response_410_error import DeleteStreamResponse410Error  # noqa: PLC0415

        d = dict(src_dict)
        error = DeleteStreamResponse410Error.from_dict(d.pop("error"))

        delete_stream_response_410 = cls(
            error=error,
        )

        delete_stream_response_410.additional_properties = d
        return delete_stream_response_410
