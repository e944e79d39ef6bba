from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_range import GeospatialRange


T = TypeVar("T", bound="GeospatialFeatureRangeFilter")


@_attrs_define
class GeospatialFeatureRangeFilter(AdditionalProperties):
    """
    Attributes:
        range_ (GeospatialRange | Unset):
    """

    _FIT = {"range": ("m", "GeospatialRange")}
    _REQUIRED = ()

    range_: GeospatialRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        range_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if range_ is not UNSET:
            field_dict["range"] = range_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_range import GeospatialRange  # noqa: PLC0415

        d = dict(src_dict)
        _range_ = d.pop("range", UNSET)
        range_: GeospatialRange | Unset
        if isinstance(_range_, Unset):
            range_ = UNSET
        else:
            range_ = GeospatialRange.from_dict(_range_)

        geospatial_feature_range_filter = cls(
            range_=range_,
        )

        geospatial_feature_range_filter.additional_properties = d
        return geospatial_feature_range_filter
