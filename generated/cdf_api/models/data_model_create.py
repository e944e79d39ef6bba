from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.view_create_definition import ViewCreateDefinition
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="DataModelCreate")


@_attrs_define
class DataModelCreate(AdditionalProperties):
    """
    Attributes:
        space (str):
        external_id (str):
        version (str):
        name (str | Unset): Readable name meant for use in UIs
        description (str | Unset): Description of the content and intended use of the data model
        views (list[ViewCreateDefinition | ViewReference] | Unset): List of views included in this data model.  You can
            use a reference to an existing view to specify the new view.  Or you can create a new view/update an existing
            view by including an existing view specification.
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "version": "s",
        "name": "s",
        "description": "s",
        "views": ("l", ("u", (("m", "ViewReference"), ("m", "ViewCreateDefinition")))),
    }
    _REQUIRED = ("space", "externalId", "version")

    space: str
    external_id: str
    version: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    views: list[ViewCreateDefinition | ViewReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        version = self.version

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
        from ..models.view_create_definition import ViewCreateDefinition  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        version = d.pop("version")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _views = d.pop("views", UNSET)
        views: list[ViewCreateDefinition | ViewReference] | Unset = UNSET
        if _views is not UNSET:
            views = []
            for views_item_data in _views:

                def _parse_views_item(data: object) -> ViewCreateDefinition | ViewReference:
                    return parse_best(data, (ViewReference, ViewCreateDefinition))

                views_item = _parse_views_item(views_item_data)

                views.append(views_item)

        data_model_create = cls(
            space=space,
            external_id=external_id,
            version=version,
            name=name,
            description=description,
            views=views,
        )

        data_model_create.additional_properties = d
        return data_model_create
