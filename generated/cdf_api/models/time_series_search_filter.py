from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_search_filter_search import TimeSeriesSearchFilterSearch


T = TypeVar("T", bound="TimeSeriesSearchFilter")


@_attrs_define
class TimeSeriesSearchFilter(AdditionalProperties):
    """
    Attributes:
        search (TimeSeriesSearchFilterSearch): Matches items where the provided string property contains the given value
            according to a fuzzy search.
            The value may exist anywhere in the string, even as a part of a word or with some grammatical
            variations (e.g., searching for "run" will also find "ran").

            The supported properties are `name` and `description`. It's also possible to set `property`
            to `["query"]`, in which case both `name` and `description` will be searched.

            When the `search` filter is being used, and it's not nested inside a `not` filter (directly or indirectly),
            and no `sort` is specified, the results will be ranked according to how good the match is.
            When the `query` 'property' is specified, matches in `name` will rank higher than matches in `description`.
            The `search` filter may be used at most twice within the same `advancedFilter` expression.
    """

    _FIT = {"search": ("m", "TimeSeriesSearchFilterSearch")}
    _REQUIRED = ("search",)

    search: TimeSeriesSearchFilterSearch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search = self.search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search": search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_search_filter_search import TimeSeriesSearchFilterSearch  # noqa: PLC0415

        d = dict(src_dict)
        search = TimeSeriesSearchFilterSearch.from_dict(d.pop("search"))

        time_series_search_filter = cls(
            search=search,
        )

        time_series_search_filter.additional_properties = d
        return time_series_search_filter
