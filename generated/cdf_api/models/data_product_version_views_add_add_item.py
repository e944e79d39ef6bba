from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.data_product_version_views_add_add_item_instance_spaces import (
        DataProductVersionViewsAddAddItemInstanceSpaces,
    )


T = TypeVar("T", bound="DataProductVersionViewsAddAddItem")


@_attrs_define
class DataProductVersionViewsAddAddItem(AdditionalProperties):
    """
    Attributes:
        space (str):
        external_id (str): The external ID of the view.
        version (str): The version of the view.
        instance_spaces (DataProductVersionViewsAddAddItemInstanceSpaces):
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "version": "s",
        "instanceSpaces": ("m", "DataProductVersionViewsAddAddItemInstanceSpaces"),
    }
    _REQUIRED = ("space", "externalId", "version", "instanceSpaces")

    space: str
    external_id: str
    version: str
    instance_spaces: DataProductVersionViewsAddAddItemInstanceSpaces
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        version = self.version

        instance_spaces = self.instance_spaces.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "version": version,
                "instanceSpaces": instance_spaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_product_version_views_add_add_item_instance_spaces import (
            DataProductVersionViewsAddAddItemInstanceSpaces,  # noqa: PLC0415
        )

        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        version = d.pop("version")

        instance_spaces = DataProductVersionViewsAddAddItemInstanceSpaces.from_dict(d.pop("instanceSpaces"))

        data_product_version_views_add_add_item = cls(
            space=space,
            external_id=external_id,
            version=version,
            instance_spaces=instance_spaces,
        )

        data_product_version_views_add_add_item.additional_properties = d
        return data_product_version_views_add_add_item
