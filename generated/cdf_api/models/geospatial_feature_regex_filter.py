from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_pattern import GeospatialPropertyAndPattern


T = TypeVar("T", bound="GeospatialFeatureRegexFilter")


@_attrs_define
class GeospatialFeatureRegexFilter(AdditionalProperties):
    """Regular expression pattern matching.

    Attributes:
        regex (GeospatialPropertyAndPattern | Unset):
    """

    _FIT = {"regex": ("m", "GeospatialPropertyAndPattern")}
    _REQUIRED = ()

    regex: GeospatialPropertyAndPattern | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regex: dict[str, Any] | Unset = UNSET
        if not isinstance(self.regex, Unset):
            regex = self.regex.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if regex is not UNSET:
            field_dict["regex"] = regex

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_pattern import GeospatialPropertyAndPattern  # noqa: PLC0415

        d = dict(src_dict)
        _regex = d.pop("regex", UNSET)
        regex: GeospatialPropertyAndPattern | Unset
        if isinstance(_regex, Unset):
            regex = UNSET
        else:
            regex = GeospatialPropertyAndPattern.from_dict(_regex)

        geospatial_feature_regex_filter = cls(
            regex=regex,
        )

        geospatial_feature_regex_filter.additional_properties = d
        return geospatial_feature_regex_filter
