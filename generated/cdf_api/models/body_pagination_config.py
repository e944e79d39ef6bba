from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="BodyPaginationConfig")


@_attrs_define
class BodyPaginationConfig(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['body']):
        value (str): Expression yielding next message body. Note that body-based pagination is not allowed to be used if
            `method` is not set to `post`.
    """

    _FIT = {"type": ("c", "body"), "value": "s"}
    _REQUIRED = ("type", "value")

    type_: Literal["body"]
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["body"], d.pop("type"))
        if type_ != "body":
            raise ValueError(f"type must match const 'body', got '{type_}'")

        value = d.pop("value")

        body_pagination_config = cls(
            type_=type_,
            value=value,
        )

        body_pagination_config.additional_properties = d
        return body_pagination_config
