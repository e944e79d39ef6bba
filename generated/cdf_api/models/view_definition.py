from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.used_for import UsedFor
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference
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
    from ..models.view_definition_properties import ViewDefinitionProperties
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="ViewDefinition")


@_attrs_define
class ViewDefinition(AdditionalProperties):
    """
    Attributes:
        space (str):
        version (str):
        external_id (str):
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        writable (bool): Does the view support write operations, i.e. is it ```writable```?  You can write to a view if
            the view maps all non-nullable properties.
        queryable (bool): Does the view support queries, i.e. is it queryable? You can query a view if it either has a
            filter or at least one property mapped to a container.
        used_for (UsedFor): Should this operation apply to nodes, edges, records, or both nodes and edges. **NB!**
            Currently ```all``` applies to nodes and edges, but not records.
        is_global (bool): Is this a global view.
        properties (ViewDefinitionProperties): List of properties and connections included in this view.  The view
            identifier has to have a length of between 1 and 255 characters.  It must also match the pattern
            ```^[a-zA-Z0-9][a-zA-Z0-9_-]{0,253}[a-zA-Z0-9]?$```.
        mapped_containers (list[ContainerReference]): List of containers with properties mapped by this view.
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
        "externalId": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "writable": "b",
        "queryable": "b",
        "usedFor": "s",
        "isGlobal": "b",
        "properties": ("m", "ViewDefinitionProperties"),
        "mappedContainers": ("l", ("m", "ContainerReference")),
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
    _REQUIRED = (
        "space",
        "version",
        "externalId",
        "createdTime",
        "lastUpdatedTime",
        "writable",
        "queryable",
        "usedFor",
        "isGlobal",
        "properties",
        "mappedContainers",
    )

    space: str
    version: str
    external_id: str
    created_time: int
    last_updated_time: int
    writable: bool
    queryable: bool
    used_for: UsedFor
    is_global: bool
    properties: ViewDefinitionProperties
    mapped_containers: list[ContainerReference]
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

        external_id = self.external_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        writable = self.writable

        queryable = self.queryable

        used_for = self.used_for.value

        is_global = self.is_global

        properties = self.properties.to_dict()

        mapped_containers = []
        for mapped_containers_item_data in self.mapped_containers:
            mapped_containers_item = mapped_containers_item_data.to_dict()
            mapped_containers.append(mapped_containers_item)

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
                "externalId": external_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "writable": writable,
                "queryable": queryable,
                "usedFor": used_for,
                "isGlobal": is_global,
                "properties": properties,
                "mappedContainers": mapped_containers,
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
        from ..models.container_reference import ContainerReference  # noqa: PLC0415
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
        from ..models.view_definition_properties import ViewDefinitionProperties  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        version = d.pop("version")

        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        writable = d.pop("writable")

        queryable = d.pop("queryable")

        used_for = UsedFor(d.pop("usedFor"))

        is_global = d.pop("isGlobal")

        properties = ViewDefinitionProperties.from_dict(d.pop("properties"))

        mapped_containers = []
        _mapped_containers = d.pop("mappedContainers")
        for mapped_containers_item_data in _mapped_containers:
            mapped_containers_item = ContainerReference.from_dict(mapped_containers_item_data)

            mapped_containers.append(mapped_containers_item)

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

        view_definition = cls(
            space=space,
            version=version,
            external_id=external_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            writable=writable,
            queryable=queryable,
            used_for=used_for,
            is_global=is_global,
            properties=properties,
            mapped_containers=mapped_containers,
            name=name,
            description=description,
            filter_=filter_,
            implements=implements,
        )

        view_definition.additional_properties = d
        return view_definition
