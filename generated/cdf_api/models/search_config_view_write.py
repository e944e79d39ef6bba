from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.search_config_view import SearchConfigView
    from ..models.search_config_view_property_item import SearchConfigViewPropertyItem


T = TypeVar("T", bound="SearchConfigViewWrite")


@_attrs_define
class SearchConfigViewWrite(AdditionalProperties):
    """
    Attributes:
        view (SearchConfigView): The configuration for one specific view
        id (int | Unset): A server-generated ID for the object. When updating, this property needs to be provided.
            Optional when creating a new object.
        use_as_name (str | Unset): The name of property to use for the name column in the UI.
        use_as_description (str | Unset): The name of property to use for the description column in the UI.
        columns_layout (list[SearchConfigViewPropertyItem] | Unset): Array of configurations per property
        filter_layout (list[SearchConfigViewPropertyItem] | Unset): Array of configurations per property
        properties_layout (list[SearchConfigViewPropertyItem] | Unset): Array of configurations per property
    """

    _FIT = {
        "view": ("m", "SearchConfigView"),
        "id": "i",
        "useAsName": "s",
        "useAsDescription": "s",
        "columnsLayout": ("l", ("m", "SearchConfigViewPropertyItem")),
        "filterLayout": ("l", ("m", "SearchConfigViewPropertyItem")),
        "propertiesLayout": ("l", ("m", "SearchConfigViewPropertyItem")),
    }
    _REQUIRED = ("view",)

    view: SearchConfigView
    id: int | Unset = UNSET
    use_as_name: str | Unset = UNSET
    use_as_description: str | Unset = UNSET
    columns_layout: list[SearchConfigViewPropertyItem] | Unset = UNSET
    filter_layout: list[SearchConfigViewPropertyItem] | Unset = UNSET
    properties_layout: list[SearchConfigViewPropertyItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        view = self.view.to_dict()

        id = self.id

        use_as_name = self.use_as_name

        use_as_description = self.use_as_description

        columns_layout: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns_layout, Unset):
            columns_layout = []
            for componentsschemas_search_config_view_property_item_data in self.columns_layout:
                componentsschemas_search_config_view_property_item = (
                    componentsschemas_search_config_view_property_item_data.to_dict()
                )
                columns_layout.append(componentsschemas_search_config_view_property_item)

        filter_layout: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_layout, Unset):
            filter_layout = []
            for componentsschemas_search_config_view_property_item_data in self.filter_layout:
                componentsschemas_search_config_view_property_item = (
                    componentsschemas_search_config_view_property_item_data.to_dict()
                )
                filter_layout.append(componentsschemas_search_config_view_property_item)

        properties_layout: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_layout, Unset):
            properties_layout = []
            for componentsschemas_search_config_view_property_item_data in self.properties_layout:
                componentsschemas_search_config_view_property_item = (
                    componentsschemas_search_config_view_property_item_data.to_dict()
                )
                properties_layout.append(componentsschemas_search_config_view_property_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "view": view,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if use_as_name is not UNSET:
            field_dict["useAsName"] = use_as_name
        if use_as_description is not UNSET:
            field_dict["useAsDescription"] = use_as_description
        if columns_layout is not UNSET:
            field_dict["columnsLayout"] = columns_layout
        if filter_layout is not UNSET:
            field_dict["filterLayout"] = filter_layout
        if properties_layout is not UNSET:
            field_dict["propertiesLayout"] = properties_layout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_config_view import SearchConfigView  # noqa: PLC0415
        from ..models.search_config_view_property_item import SearchConfigViewPropertyItem  # noqa: PLC0415

        d = dict(src_dict)
        view = SearchConfigView.from_dict(d.pop("view"))

        id = d.pop("id", UNSET)

        use_as_name = d.pop("useAsName", UNSET)

        use_as_description = d.pop("useAsDescription", UNSET)

        _columns_layout = d.pop("columnsLayout", UNSET)
        columns_layout: list[SearchConfigViewPropertyItem] | Unset = UNSET
        if _columns_layout is not UNSET:
            columns_layout = []
            for componentsschemas_search_config_view_property_item_data in _columns_layout:
                componentsschemas_search_config_view_property_item = SearchConfigViewPropertyItem.from_dict(
                    componentsschemas_search_config_view_property_item_data
                )

                columns_layout.append(componentsschemas_search_config_view_property_item)

        _filter_layout = d.pop("filterLayout", UNSET)
        filter_layout: list[SearchConfigViewPropertyItem] | Unset = UNSET
        if _filter_layout is not UNSET:
            filter_layout = []
            for componentsschemas_search_config_view_property_item_data in _filter_layout:
                componentsschemas_search_config_view_property_item = SearchConfigViewPropertyItem.from_dict(
                    componentsschemas_search_config_view_property_item_data
                )

                filter_layout.append(componentsschemas_search_config_view_property_item)

        _properties_layout = d.pop("propertiesLayout", UNSET)
        properties_layout: list[SearchConfigViewPropertyItem] | Unset = UNSET
        if _properties_layout is not UNSET:
            properties_layout = []
            for componentsschemas_search_config_view_property_item_data in _properties_layout:
                componentsschemas_search_config_view_property_item = SearchConfigViewPropertyItem.from_dict(
                    componentsschemas_search_config_view_property_item_data
                )

                properties_layout.append(componentsschemas_search_config_view_property_item)

        search_config_view_write = cls(
            view=view,
            id=id,
            use_as_name=use_as_name,
            use_as_description=use_as_description,
            columns_layout=columns_layout,
            filter_layout=filter_layout,
            properties_layout=properties_layout,
        )

        search_config_view_write.additional_properties = d
        return search_config_view_write
