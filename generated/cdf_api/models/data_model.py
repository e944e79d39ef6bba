from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.view_definition import ViewDefinition
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="DataModel")


@_attrs_define
class DataModel(AdditionalProperties):
    """
    Attributes:
        space (str):
        external_id (str):
        version (str):
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        is_global (bool): Is this a global data model.
        name (str | Unset): Readable name meant for use in UIs
        description (str | Unset): Description of the content and intended use of the data model
        views (list[ViewDefinition | ViewReference] | Unset): List of views included in this data model.  We can expand
            the views to use the full view definitions,
            i.e. with all the dependent views.

            Use the ```InlineViews``` query parameter to request expansion.  If you do not set the
            ```InlineViews``` query parameter, we will return the references to views instead.
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "version": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "isGlobal": "b",
        "name": "s",
        "description": "s",
        "views": ("l", ("u", (("m", "ViewReference"), ("m", "ViewDefinition")))),
    }
    _REQUIRED = ("space", "externalId", "version", "createdTime", "lastUpdatedTime", "isGlobal")

    space: str
    external_id: str
    version: str
    created_time: int
    last_updated_time: int
    is_global: bool
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    views: list[ViewDefinition | ViewReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        version = self.version

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        is_global = self.is_global

        name = self.name

        description = self.description

        views: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.views, Unset):
            views = []
            for views_item_data in self.views:
                views_item: dict[str, Any]
                views_item = views_item_data.to_dict()

                views.append(views_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "version": version,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "isGlobal": is_global,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if views is not UNSET:
            field_dict["views"] = views

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.view_definition import ViewDefinition  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        version = d.pop("version")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        is_global = d.pop("isGlobal")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _views = d.pop("views", UNSET)
        views: list[ViewDefinition | ViewReference] | Unset = UNSET
        if _views is not UNSET:
            views = []
            for views_item_data in _views:

                def _parse_views_item(data: object) -> ViewDefinition | ViewReference:
                    return parse_best(data, (ViewReference, ViewDefinition))

                views_item = _parse_views_item(views_item_data)

                views.append(views_item)

        data_model = cls(
            space=space,
            external_id=external_id,
            version=version,
            created_time=created_time,
            last_updated_time=last_updated_time,
            is_global=is_global,
            name=name,
            description=description,
            views=views,
        )

        data_model.additional_properties = d
        return data_model
