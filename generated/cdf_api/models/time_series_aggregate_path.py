from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="TimeSeriesAggregatePath")


@_attrs_define
class TimeSeriesAggregatePath(AdditionalProperties):
    """
    Attributes:
        path (list[Literal['metadata']]): The scope within which properties should be aggregated. The only value that is
            currently allowed is `["metadata"]`, which will aggregate metadata keys.
    """

    _FIT = {"path": ("l", ("c", "metadata"))}
    _REQUIRED = ("path",)

    path: list[Literal["metadata"]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = []
        _path = d.pop("path")
        for path_item_data in _path:
            path_item = cast(Literal["metadata"], path_item_data)
            if path_item != "metadata":
                raise ValueError(f"path_item must match const 'metadata', got '{path_item}'")
            path.append(path_item)

        time_series_aggregate_path = cls(
            path=path,
        )

        time_series_aggregate_path.additional_properties = d
        return time_series_aggregate_path
