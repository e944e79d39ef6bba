from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="StreamDeleteItem")


@_attrs_define
class StreamDeleteItem(AdditionalProperties):
    """Stream identifier to delete.

    Attributes:
        external_id (str): Stream identifier. The identifier must be a valid stream identifier.
            Stream identifiers can only consist of alphanumeric characters, hyphens, and underscores.
            It must not start with cdf_ or cognite_, as those are reserved for Cognite internal use.
            Stream id cannot be logs or records. Max length is 100 characters.
             Example: test_stream_1.
    """

    _FIT = {"externalId": "s"}
    _REQUIRED = ("externalId",)

    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        stream_delete_item = cls(
            external_id=external_id,
        )

        stream_delete_item.additional_properties = d
        return stream_delete_item
