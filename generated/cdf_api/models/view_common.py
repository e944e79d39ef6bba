from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.contains_all_filter_v3 import ContainsAllFilterV3
    from ..models.contains_any_filter_v3 import ContainsAnyFilterV3
    from ..models.data_models_bool_filter_and import DataModelsBoolFilterAnd
    from ..models.data_models_bool_filter_not import DataModelsBoolFilterNot
    from ..models.data_models_bool_filter_or import DataModelsBoolFilterOr
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
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="ViewCommon")


@_attrs_define
class ViewCommon(AdditionalProperties):
    """
    Attributes:
        space (str):
        version (str):
        name (str | Unset): Readable name, meant for use in UIs
        description (str | Unset): Description. Intended to describe the content, and use, of this view.
        filter_ (ContainsAllFilterV3 | ContainsAnyFilterV3 | DataModelsBoolFilterAnd | DataModelsBoolFilterNot |
            DataModelsBoolFilterOr | DataModelsNestedFilter | DMSExistsFilter | EqualsFilterV3 | HasExistingDataFilterV3 |
            InFilterV3 | InstanceReferenceFilterV3 | MatchAllFilter | OverlapsFilterV3 | PrefixFilterV3 | RangeFilterV3 |
            Unset): A filter Domain Specific Language (DSL) used to create advanced filter queries. Example: {'and': [{'in':
            {'property': ['tag'], 'values': [10011, 10011]}}, {'range': {'property': ['weight'], 'gte': 0}}]}.
        implements (list[ViewReference] | Unset): References to the views from where this view will inherit properties -
            both mapped properties (properties pointing to container properties like text, integers, direct relations) and
            connection properties (like reverse direct relations).


            Note: The order you list the views in is significant. We use this order to deduce the priority when we encounter
            duplicate property references.


            If you do not specify a view version, we will use the most recent version available at the time of creation.
    """

    _FIT = {
        "space": "s",
        "version": "s",
        "name": "s",
        "description": "s",
        "filter": (
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
        "implements": ("l", ("m", "ViewReference")),
    }
    _REQUIRED = ("space", "version")

    space: str
    version: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    filter_: (
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
        | Unset
    ) = UNSET
    implements: list[ViewReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        version = self.version

        name = self.name

        description = self.description

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        implements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.implements, Unset):
            implements = []
            for implements_item_data in self.implements:
                implements_item = implements_item_data.to_dict()
                implements.append(implements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "version": version,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if implements is not UNSET:
            field_dict["implements"] = implements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contains_all_filter_v3 import ContainsAllFilterV3  # noqa: PLC0415
        from ..models.contains_any_filter_v3 import ContainsAnyFilterV3  # noqa: PLC0415
        from ..models.data_models_bool_filter_and import DataModelsBoolFilterAnd  # noqa: PLC0415
        from ..models.data_models_bool_filter_not import DataModelsBoolFilterNot  # noqa: PLC0415
        from ..models.data_models_bool_filter_or import DataModelsBoolFilterOr  # noqa: PLC0415
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
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        version = d.pop("version")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_filter_(
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
            | Unset
        ):
            if isinstance(data, Unset):
                return data
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

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        _implements = d.pop("implements", UNSET)
        implements: list[ViewReference] | Unset = UNSET
        if _implements is not UNSET:
            implements = []
            for implements_item_data in _implements:
                implements_item = ViewReference.from_dict(implements_item_data)

                implements.append(implements_item)

        view_common = cls(
            space=space,
            version=version,
            name=name,
            description=description,
            filter_=filter_,
            implements=implements,
        )

        view_common.additional_properties = d
        return view_common
