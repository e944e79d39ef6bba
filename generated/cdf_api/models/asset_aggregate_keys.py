from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AssetAggregateKeys")


@_attrs_define
class AssetAggregateKeys(AdditionalProperties):
    """
    Attributes:
        keys (list[str] | Unset): For `metadataValues`, `aggregateType` sets the metadata key(s) to apply the
            aggregation on. Currently supports exactly one key per request.
    """

    _FIT = {"keys": ("l", "s")}
    _REQUIRED = ()

    keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys: list[str] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keys = cast(list[str], d.pop("keys", UNSET))

        asset_aggregate_keys = cls(
            keys=keys,
        )

        asset_aggregate_keys.additional_properties = d
        return asset_aggregate_keys
