from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.containers_without_indexes_involved_notice import ContainersWithoutIndexesInvolvedNotice
    from ..models.excessive_timeout_notice import ExcessiveTimeoutNotice
    from ..models.filter_matches_broken_cursorable_index_notice import FilterMatchesBrokenCursorableIndexNotice
    from ..models.filter_matches_cursorable_sort_notice import FilterMatchesCursorableSortNotice
    from ..models.intractable_cursor_with_nested_filter_notice import IntractableCursorWithNestedFilterNotice
    from ..models.intractable_direct_relations_cursor_notice import IntractableDirectRelationsCursorNotice
    from ..models.no_timeout_with_results_notice import NoTimeoutWithResultsNotice
    from ..models.selective_external_id_filter_notice import SelectiveExternalIDFilterNotice
    from ..models.significant_has_data_filters_notice import SignificantHasDataFiltersNotice
    from ..models.significant_post_filtering_notice import SignificantPostFilteringNotice
    from ..models.sort_not_backed_by_index_notice import SortNotBackedByIndexNotice
    from ..models.unindexed_through_notice import UnindexedThroughNotice


T = TypeVar("T", bound="DebugResponse")


@_attrs_define
class DebugResponse(AdditionalProperties):
    """Contains debug notices if debug flag is set in the query.

    Attributes:
        notices (list[ContainersWithoutIndexesInvolvedNotice | ExcessiveTimeoutNotice |
            FilterMatchesBrokenCursorableIndexNotice | FilterMatchesCursorableSortNotice |
            IntractableCursorWithNestedFilterNotice | IntractableDirectRelationsCursorNotice | NoTimeoutWithResultsNotice |
            SelectiveExternalIDFilterNotice | SignificantHasDataFiltersNotice | SignificantPostFilteringNotice |
            SortNotBackedByIndexNotice | UnindexedThroughNotice] | Unset): A list of notices that provide insights into the
            query's execution. These can highlight potential performance issues, offer optimization suggestions, or explain
            aspects of the query processing. Each notice falls into a category, such as indexing, sorting, filtering, or
            cursoring, to help identify areas for improvement.
    """

    _FIT = {
        "notices": (
            "l",
            (
                "u",
                (
                    ("m", "ExcessiveTimeoutNotice"),
                    ("m", "NoTimeoutWithResultsNotice"),
                    ("m", "SortNotBackedByIndexNotice"),
                    ("m", "FilterMatchesCursorableSortNotice"),
                    ("m", "FilterMatchesBrokenCursorableIndexNotice"),
                    ("m", "UnindexedThroughNotice"),
                    ("m", "ContainersWithoutIndexesInvolvedNotice"),
                    ("m", "SelectiveExternalIDFilterNotice"),
                    ("m", "SignificantPostFilteringNotice"),
                    ("m", "SignificantHasDataFiltersNotice"),
                    ("m", "IntractableDirectRelationsCursorNotice"),
                    ("m", "IntractableCursorWithNestedFilterNotice"),
                ),
            ),
        )
    }
    _REQUIRED = ()

    notices: (
        list[
            ContainersWithoutIndexesInvolvedNotice
            | ExcessiveTimeoutNotice
            | FilterMatchesBrokenCursorableIndexNotice
            | FilterMatchesCursorableSortNotice
            | IntractableCursorWithNestedFilterNotice
            | IntractableDirectRelationsCursorNotice
            | NoTimeoutWithResultsNotice
            | SelectiveExternalIDFilterNotice
            | SignificantHasDataFiltersNotice
            | SignificantPostFilteringNotice
            | SortNotBackedByIndexNotice
            | UnindexedThroughNotice
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notices, Unset):
            notices = []
            for notices_item_data in self.notices:
                notices_item: dict[str, Any]
                notices_item = notices_item_data.to_dict()

                notices.append(notices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notices is not UNSET:
            field_dict["notices"] = notices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.containers_without_indexes_involved_notice import ContainersWithoutIndexesInvolvedNotice  # noqa: PLC0415
        from ..models.excessive_timeout_notice import ExcessiveTimeoutNotice  # noqa: PLC0415
        from ..models.filter_matches_broken_cursorable_index_notice import FilterMatchesBrokenCursorableIndexNotice  # noqa: PLC0415
        from ..models.filter_matches_cursorable_sort_notice import FilterMatchesCursorableSortNotice  # noqa: PLC0415
        from ..models.intractable_cursor_with_nested_filter_notice import IntractableCursorWithNestedFilterNotice  # noqa: PLC0415
        from ..models.intractable_direct_relations_cursor_notice import IntractableDirectRelationsCursorNotice  # noqa: PLC0415
        from ..models.no_timeout_with_results_notice import NoTimeoutWithResultsNotice  # noqa: PLC0415
        from ..models.selective_external_id_filter_notice import SelectiveExternalIDFilterNotice  # noqa: PLC0415
        from ..models.significant_has_data_filters_notice import SignificantHasDataFiltersNotice  # noqa: PLC0415
        from ..models.significant_post_filtering_notice import SignificantPostFilteringNotice  # noqa: PLC0415
        from ..models.sort_not_backed_by_index_notice import SortNotBackedByIndexNotice  # noqa: PLC0415
        from ..models.unindexed_through_notice import UnindexedThroughNotice  # noqa: PLC0415

        d = dict(src_dict)
        _notices = d.pop("notices", UNSET)
        notices: (
            list[
                ContainersWithoutIndexesInvolvedNotice
                | ExcessiveTimeoutNotice
                | FilterMatchesBrokenCursorableIndexNotice
                | FilterMatchesCursorableSortNotice
                | IntractableCursorWithNestedFilterNotice
                | IntractableDirectRelationsCursorNotice
                | NoTimeoutWithResultsNotice
                | SelectiveExternalIDFilterNotice
                | SignificantHasDataFiltersNotice
                | SignificantPostFilteringNotice
                | SortNotBackedByIndexNotice
                | UnindexedThroughNotice
            ]
            | Unset
        ) = UNSET
        if _notices is not UNSET:
            notices = []
            for notices_item_data in _notices:

                def _parse_notices_item(
                    data: object,
                ) -> (
                    ContainersWithoutIndexesInvolvedNotice
                    | ExcessiveTimeoutNotice
                    | FilterMatchesBrokenCursorableIndexNotice
                    | FilterMatchesCursorableSortNotice
                    | IntractableCursorWithNestedFilterNotice
                    | IntractableDirectRelationsCursorNotice
                    | NoTimeoutWithResultsNotice
                    | SelectiveExternalIDFilterNotice
                    | SignificantHasDataFiltersNotice
                    | SignificantPostFilteringNotice
                    | SortNotBackedByIndexNotice
                    | UnindexedThroughNotice
                ):
                    return parse_best(
                        data,
                        (
                            ExcessiveTimeoutNotice,
                            NoTimeoutWithResultsNotice,
                            SortNotBackedByIndexNotice,
                            FilterMatchesCursorableSortNotice,
                            FilterMatchesBrokenCursorableIndexNotice,
                            UnindexedThroughNotice,
                            ContainersWithoutIndexesInvolvedNotice,
                            SelectiveExternalIDFilterNotice,
                            SignificantPostFilteringNotice,
                            SignificantHasDataFiltersNotice,
                            IntractableDirectRelationsCursorNotice,
                            IntractableCursorWithNestedFilterNotice,
                        ),
                    )

                notices_item = _parse_notices_item(notices_item_data)

                notices.append(notices_item)

        debug_response = cls(
            notices=notices,
        )

        debug_response.additional_properties = d
        return debug_response
