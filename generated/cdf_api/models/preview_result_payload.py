from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.preview_result_payload_context import PreviewResultPayloadContext


T = TypeVar("T", bound="PreviewResultPayload")


@_attrs_define
class PreviewResultPayload(AdditionalProperties):
    """Result of a successful preview.

    Attributes:
        type_ (Literal['preview']): Result type
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        json (Any | Unset): Arbitrary json that is the data that would be passed to the mapping. Note that if you have
            specified a custom `input` type, or custom `format` parameters, this is the data _after_ it has passed through
            those.
        context (PreviewResultPayloadContext | Unset): Message context that would be passed to the mapping.
    """

    _FIT = {
        "type": ("c", "preview"),
        "externalId": "s",
        "createdTime": "i",
        "json": None,
        "context": ("m", "PreviewResultPayloadContext"),
    }
    _REQUIRED = ("type", "externalId", "createdTime")

    type_: Literal["preview"]
    external_id: str
    created_time: int
    json: Any | Unset = UNSET
    context: PreviewResultPayloadContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        created_time = self.created_time

        json = self.json

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "createdTime": created_time,
            }
        )
        if json is not UNSET:
            field_dict["json"] = json
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preview_result_payload_context import PreviewResultPayloadContext  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["preview"], d.pop("type"))
        if type_ != "preview":
            raise ValueError(f"type must match const 'preview', got '{type_}'")

        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        json = d.pop("json", UNSET)

        _context = d.pop("context", UNSET)
        context: PreviewResultPayloadContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = PreviewResultPayloadContext.from_dict(_context)

        preview_result_payload = cls(
            type_=type_,
            external_id=external_id,
            created_time=created_time,
            json=json,
            context=context,
        )

        preview_result_payload.additional_properties = d
        return preview_result_payload
