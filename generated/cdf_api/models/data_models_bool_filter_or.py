from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.contains_all_filter_v3 import ContainsAllFilterV3
    from ..models.contains_any_filter_v3 import ContainsAnyFilterV3
    from ..models.data_models_bool_filter_and import DataModelsBoolFilterAnd
    from ..models.data_models_bool_filter_not import DataModelsBoolFilterNot
    from ..models.data_models_nested_filter import DataModelsNestedFilter
    from ..models.dms_exists_filter import DMSExistsFilter
    from ..models.equals_filter_v3 import EqualsFilterV3
    from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3
    from ..models.in_filter_v3 import InFilterV3
    from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3
    from ..models.match_all_filter import MatchAllFilter
    from ..models.overlaps_filter_v3 import OverlapsFilterV3
    from ..models.prefix_filter_v3 import PrefixFilterV3
    from ..models.range_filter_v3 import RangeFilterV3


T = TypeVar("T", bound="DataModelsBoolFilterOr")


@_attrs_define
class DataModelsBoolFilterOr(AdditionalProperties):
    """
    Attributes:
        or_ (list[ContainsAllFilterV3 | ContainsAnyFilterV3 | DataModelsBoolFilterAnd | DataModelsBoolFilterNot |
            DataModelsBoolFilterOr | DataModelsNestedFilter | DMSExistsFilter | EqualsFilterV3 | HasExistingDataFilterV3 |
            InFilterV3 | InstanceReferenceFilterV3 | MatchAllFilter | OverlapsFilterV3 | PrefixFilterV3 | RangeFilterV3]):
            One or more of the sub-clauses in the query must return a matching item.
    """

    _FIT = {
        "or": (
            "l",
            (
                "u",
                (
                    ("m", "DataModelsBoolFilterAnd"),
                    ("m", "DataModelsBoolFilterOr"),
                    ("m", "DataModelsBoolFilterNot"),
                    ("m", "EqualsFilterV3"),
                    ("m", "InFilterV3"),
                    ("m", "RangeFilterV3"),
                    ("m", "PrefixFilterV3"),
                    ("m", "DMSExistsFilter"),
                    ("m", "ContainsAnyFilterV3"),
                    ("m", "ContainsAllFilterV3"),
                    ("m", "MatchAllFilter"),
                    ("m", "DataModelsNestedFilter"),
                    ("m", "OverlapsFilterV3"),
                    ("m", "HasExistingDataFilterV3"),
                    ("m", "InstanceReferenceFilterV3"),
                ),
            ),
        )
    }
    _REQUIRED = ("or",)

    or_: list[
        ContainsAllFilterV3
        | ContainsAnyFilterV3
        | DataModelsBoolFilterAnd
        | DataModelsBoolFilterNot
        | DataModelsBoolFilterOr
        | DataModelsNestedFilter
        | DMSExistsFilter
        | EqualsFilterV3
        | HasExistingDataFilterV3
        | InFilterV3
        | InstanceReferenceFilterV3
        | MatchAllFilter
        | OverlapsFilterV3
        | PrefixFilterV3
        | RangeFilterV3
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        or_ = []
        for or_item_data in self.or_:
            or_item: dict[str, Any]
            or_item = or_item_data.to_dict()

            or_.append(or_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "or": or_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contains_all_filter_v3 import ContainsAllFilterV3  # noqa: PLC0415
        from ..models.contains_any_filter_v3 import ContainsAnyFilterV3  # noqa: PLC0415
        from ..models.data_models_bool_filter_and import DataModelsBoolFilterAnd  # noqa: PLC0415
        from ..models.data_models_bool_filter_not import DataModelsBoolFilterNot  # noqa: PLC0415
        from ..models.data_models_nested_filter import DataModelsNestedFilter  # noqa: PLC0415
        from ..models.dms_exists_filter import DMSExistsFilter  # noqa: PLC0415
        from ..models.equals_filter_v3 import EqualsFilterV3  # noqa: PLC0415
        from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3  # noqa: PLC0415
        from ..models.in_filter_v3 import InFilterV3  # noqa: PLC0415
        from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3  # noqa: PLC0415
        from ..models.match_all_filter import MatchAllFilter  # noqa: PLC0415
        from ..models.overlaps_filter_v3 import OverlapsFilterV3  # noqa: PLC0415
        from ..models.prefix_filter_v3 import PrefixFilterV3  # noqa: PLC0415
        from ..models.range_filter_v3 import RangeFilterV3  # noqa: PLC0415

        d = dict(src_dict)
        or_ = []
        _or_ = d.pop("or")
        for or_item_data in _or_:

            def _parse_or_item(
                data: object,
            ) -> (
                ContainsAllFilterV3
                | ContainsAnyFilterV3
                | DataModelsBoolFilterAnd
                | DataModelsBoolFilterNot
                | DataModelsBoolFilterOr
                | DataModelsNestedFilter
                | DMSExistsFilter
                | EqualsFilterV3
                | HasExistingDataFilterV3
                | InFilterV3
                | InstanceReferenceFilterV3
                | MatchAllFilter
                | OverlapsFilterV3
                | PrefixFilterV3
                | RangeFilterV3
            ):
                return parse_best(
                    data,
                    (
                        DataModelsBoolFilterAnd,
                        DataModelsBoolFilterOr,
                        DataModelsBoolFilterNot,
                        EqualsFilterV3,
                        InFilterV3,
                        RangeFilterV3,
                        PrefixFilterV3,
                        DMSExistsFilter,
                        ContainsAnyFilterV3,
                        ContainsAllFilterV3,
                        MatchAllFilter,
                        DataModelsNestedFilter,
                        OverlapsFilterV3,
                        HasExistingDataFilterV3,
                        InstanceReferenceFilterV3,
                    ),
                )

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        data_models_bool_filter_or = cls(
            or_=or_,
        )

        data_models_bool_filter_or.additional_properties = d
        return data_models_bool_filter_or
