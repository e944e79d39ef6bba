from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="TimeSeriesSearchFilterSearch")


@_attrs_define
class TimeSeriesSearchFilterSearch(AdditionalProperties):
    """Matches items where the provided string property contains the given value according to a fuzzy search.
    The value may exist anywhere in the string, even as a part of a word or with some grammatical
    variations (e.g., searching for "run" will also find "ran").

    The supported properties are `name` and `description`. It's also possible to set `property`
    to `["query"]`, in which case both `name` and `description` will be searched.

    When the `search` filter is being used, and it's not nested inside a `not` filter (directly or indirectly),
    and no `sort` is specified, the results will be ranked according to how good the match is.
    When the `query` 'property' is specified, matches in `name` will rank higher than matches in `description`.
    The `search` filter may be used at most twice within the same `advancedFilter` expression.

        Attributes:
            property_ (list[str]): The property on which you want to filter. May be either:
                - A single-element list that contains the name of one of the predefined top-level
                  properties, in which case the filter will be applied to that top-level property.
                - A single-element list that contains `'metadata'`, in which case the filter will be applied
                  to _all_ metadata properties.
                - A two-element list where the first element is `'metadata'` and the second one is any
                  string, in which case the filter will be applied to metadata properties with that name.
                - A two-element list where the first element is `'instanceId'` and the second element is
                  either `'space'` or `'externalId'`.
            value (str): A value that you wish to find in the provided property.
    """

    _FIT = {"property": ("l", "s"), "value": "s"}
    _REQUIRED = ("property", "value")

    property_: list[str]
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        value = d.pop("value")

        time_series_search_filter_search = cls(
            property_=property_,
            value=value,
        )

        time_series_search_filter_search.additional_properties = d
        return time_series_search_filter_search
