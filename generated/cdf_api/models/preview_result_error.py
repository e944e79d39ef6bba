from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preview_result_error_kind import PreviewResultErrorKind
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PreviewResultError")


@_attrs_define
class PreviewResultError(AdditionalProperties):
    """Result of a failed preview.

    Attributes:
        type_ (Literal['error']): Result type
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        kind (PreviewResultErrorKind): The type of error that occured. If the type is transform_error, raw data is
            usually available in the /download endpoint.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        message (str | Unset): Error message.
    """

    _FIT = {"type": ("c", "error"), "externalId": "s", "kind": "s", "createdTime": "i", "message": "s"}
    _REQUIRED = ("type", "externalId", "kind", "createdTime")

    type_: Literal["error"]
    external_id: str
    kind: PreviewResultErrorKind
    created_time: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        kind = self.kind.value

        created_time = self.created_time

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "kind": kind,
                "createdTime": created_time,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["error"], d.pop("type"))
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")

        external_id = d.pop("externalId")

        kind = PreviewResultErrorKind(d.pop("kind"))

        created_time = d.pop("createdTime")

        message = d.pop("message", UNSET)

        preview_result_error = cls(
            type_=type_,
            external_id=external_id,
            kind=kind,
            created_time=created_time,
            message=message,
        )

        preview_result_error.additional_properties = d
        return preview_result_error
