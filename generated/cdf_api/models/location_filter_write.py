from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.location_filter_asset_centric_base_filter import LocationFilterAssetCentricBaseFilter
    from ..models.location_filter_data_model import LocationFilterDataModel
    from ..models.location_filter_scene import LocationFilterScene
    from ..models.location_filter_view import LocationFilterView


T = TypeVar("T", bound="LocationFilterWrite")


@_attrs_define
class LocationFilterWrite(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        name (str): The name of the location filter
        parent_id (int | Unset): A server-generated ID for the object.
        description (str | Unset): The description of the location filter
        data_models (list[LocationFilterDataModel] | Unset): The data models in the location filter
        instance_spaces (list[str] | Unset): The list of spaces that instances are in
        user_data_instance_space (str | Unset): The space where user-uploaded data is stored
        scene (LocationFilterScene | Unset): The scene config for the location filter
        asset_centric (LocationFilterAssetCentricBaseFilter | Unset):
        views (list[LocationFilterView] | Unset): The list of view mappings
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "parentId": "i",
        "description": "s",
        "dataModels": ("l", ("m", "LocationFilterDataModel")),
        "instanceSpaces": ("l", "s"),
        "userDataInstanceSpace": "s",
        "scene": ("m", "LocationFilterScene"),
        "assetCentric": ("m", "LocationFilterAssetCentricBaseFilter"),
        "views": ("l", ("m", "LocationFilterView")),
    }
    _REQUIRED = ("externalId", "name")

    external_id: str
    name: str
    parent_id: int | Unset = UNSET
    description: str | Unset = UNSET
    data_models: list[LocationFilterDataModel] | Unset = UNSET
    instance_spaces: list[str] | Unset = UNSET
    user_data_instance_space: str | Unset = UNSET
    scene: LocationFilterScene | Unset = UNSET
    asset_centric: LocationFilterAssetCentricBaseFilter | Unset = UNSET
    views: list[LocationFilterView] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        parent_id = self.parent_id

        description = self.description

        data_models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_models, Unset):
            data_models = []
            for data_models_item_data in self.data_models:
                data_models_item = data_models_item_data.to_dict()
                data_models.append(data_models_item)

        instance_spaces: list[str] | Unset = UNSET
        if not isinstance(self.instance_spaces, Unset):
            instance_spaces = self.instance_spaces

        user_data_instance_space = self.user_data_instance_space

        scene: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene, Unset):
            scene = self.scene.to_dict()

        asset_centric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_centric, Unset):
            asset_centric = self.asset_centric.to_dict()

        views: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.views, Unset):
            views = []
            for views_item_data in self.views:
                views_item = views_item_data.to_dict()
                views.append(views_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if description is not UNSET:
            field_dict["description"] = description
        if data_models is not UNSET:
            field_dict["dataModels"] = data_models
        if instance_spaces is not UNSET:
            field_dict["instanceSpaces"] = instance_spaces
        if user_data_instance_space is not UNSET:
            field_dict["userDataInstanceSpace"] = user_data_instance_space
        if scene is not UNSET:
            field_dict["scene"] = scene
        if asset_centric is not UNSET:
            field_dict["assetCentric"] = asset_centric
        if views is not UNSET:
            field_dict["views"] = views

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_filter_asset_centric_base_filter import LocationFilterAssetCentricBaseFilter  # noqa: PLC0415
        from ..models.location_filter_data_model import LocationFilterDataModel  # noqa: PLC0415
        from ..models.location_filter_scene import LocationFilterScene  # noqa: PLC0415
        from ..models.location_filter_view import LocationFilterView  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        parent_id = d.pop("parentId", UNSET)

        description = d.pop("description", UNSET)

        _data_models = d.pop("dataModels", UNSET)
        data_models: list[LocationFilterDataModel] | Unset = UNSET
        if _data_models is not UNSET:
            data_models = []
            for data_models_item_data in _data_models:
                data_models_item = LocationFilterDataModel.from_dict(data_models_item_data)

                data_models.append(data_models_item)

        instance_spaces = cast(list[str], d.pop("instanceSpaces", UNSET))

        user_data_instance_space = d.pop("userDataInstanceSpace", UNSET)

        _scene = d.pop("scene", UNSET)
        scene: LocationFilterScene | Unset
        if isinstance(_scene, Unset):
            scene = UNSET
        else:
            scene = LocationFilterScene.from_dict(_scene)

        _asset_centric = d.pop("assetCentric", UNSET)
        asset_centric: LocationFilterAssetCentricBaseFilter | Unset
        if isinstance(_asset_centric, Unset):
            asset_centric = UNSET
        else:
            asset_centric = LocationFilterAssetCentricBaseFilter.from_dict(_asset_centric)

        _views = d.pop("views", UNSET)
        views: list[LocationFilterView] | Unset = UNSET
        if _views is not UNSET:
            views = []
            for views_item_data in _views:
                views_item = LocationFilterView.from_dict(views_item_data)

                views.append(views_item)

        location_filter_write = cls(
            external_id=external_id,
            name=name,
            parent_id=parent_id,
            description=description,
            data_models=data_models,
            instance_spaces=instance_spaces,
            user_data_instance_space=user_data_instance_space,
            scene=scene,
            asset_centric=asset_centric,
            views=views,
        )

        location_filter_write.additional_properties = d
        return location_filter_write
