from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_pattern import GeospatialPropertyAndPattern


T = TypeVar("T", bound="GeospatialFeatureLikeFilter")


@_attrs_define
class GeospatialFeatureLikeFilter(AdditionalProperties):
    """Simple pattern maching. Use `_` for single character and `%` for string of any length. Backslash `\\` is an escape
    character.

        Attributes:
            like (GeospatialPropertyAndPattern | Unset):
    """

    _FIT = {"like": ("m", "GeospatialPropertyAndPattern")}
    _REQUIRED = ()

    like: GeospatialPropertyAndPattern | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        like: dict[str, Any] | Unset = UNSET
        if not isinstance(self.like, Unset):
            like = self.like.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if like is not UNSET:
            field_dict["like"] = like

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_pattern import GeospatialPropertyAndPattern  # noqa: PLC0415

        d = dict(src_dict)
        _like = d.pop("like", UNSET)
        like: GeospatialPropertyAndPattern | Unset
        if isinstance(_like, Unset):
            like = UNSET
        else:
            like = GeospatialPropertyAndPattern.from_dict(_like)

        geospatial_feature_like_filter = cls(
            like=like,
        )

        geospatial_feature_like_filter.additional_properties = d
        return geospatial_feature_like_filter
