from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.asset_identifier import AssetIdentifier


T = TypeVar("T", bound="AggregateResultItem")


@_attrs_define
class AggregateResultItem(AdditionalProperties):
    """Aggregated metrics of the asset.

    Attributes:
        child_count (int | Unset): Number of direct descendants for the asset.
        depth (int | Unset): Asset path depth (number of levels below root node).
        path (list[AssetIdentifier] | Unset): IDs of assets on the path to the asset.
    """

    _FIT = {"childCount": "i", "depth": "i", "path": ("l", ("m", "AssetIdentifier"))}
    _REQUIRED = ()

    child_count: int | Unset = UNSET
    depth: int | Unset = UNSET
    path: list[AssetIdentifier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_count = self.child_count

        depth = self.depth

        path: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = []
            for path_item_data in self.path:
                path_item = path_item_data.to_dict()
                path.append(path_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_count is not UNSET:
            field_dict["childCount"] = child_count
        if depth is not UNSET:
            field_dict["depth"] = depth
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_identifier import AssetIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        child_count = d.pop("childCount", UNSET)

        depth = d.pop("depth", UNSET)

        _path = d.pop("path", UNSET)
        path: list[AssetIdentifier] | Unset = UNSET
        if _path is not UNSET:
            path = []
            for path_item_data in _path:
                path_item = AssetIdentifier.from_dict(path_item_data)

                path.append(path_item)

        aggregate_result_item = cls(
            child_count=child_count,
            depth=depth,
            path=path,
        )

        aggregate_result_item.additional_properties = d
        return aggregate_result_item
