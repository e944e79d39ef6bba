from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId


T = TypeVar("T", bound="AssetInstanceId")


@_attrs_define
class AssetInstanceId(AdditionalProperties):
    """
    Attributes:
        asset_instance_id (CogniteInstanceId): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
    """

    _FIT = {"assetInstanceId": ("m", "CogniteInstanceId")}
    _REQUIRED = ("assetInstanceId",)

    asset_instance_id: CogniteInstanceId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_instance_id = self.asset_instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetInstanceId": asset_instance_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        asset_instance_id = CogniteInstanceId.from_dict(d.pop("assetInstanceId"))

        asset_instance_id = cls(
            asset_instance_id=asset_instance_id,
        )

        asset_instance_id.additional_properties = d
        return asset_instance_id
