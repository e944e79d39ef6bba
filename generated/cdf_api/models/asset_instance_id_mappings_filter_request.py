from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.asset_instance_id import AssetInstanceId


T = TypeVar("T", bound="AssetInstanceIdMappingsFilterRequest")


@_attrs_define
class AssetInstanceIdMappingsFilterRequest(AdditionalProperties):
    """
    Attributes:
        filter_ (AssetInstanceId):
        limit (int | Unset): Limits the number of results to return.
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
    """

    _FIT = {"filter": ("m", "AssetInstanceId"), "limit": "i", "cursor": "s"}
    _REQUIRED = ("filter",)

    filter_: AssetInstanceId
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        limit = self.limit

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_instance_id import AssetInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        filter_ = AssetInstanceId.from_dict(d.pop("filter"))

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        asset_instance_id_mappings_filter_request = cls(
            filter_=filter_,
            limit=limit,
            cursor=cursor,
        )

        asset_instance_id_mappings_filter_request.additional_properties = d
        return asset_instance_id_mappings_filter_request
