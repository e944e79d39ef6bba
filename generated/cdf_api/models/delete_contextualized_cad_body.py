from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.delete_cad_contextualization_item import DeleteCADContextualizationItem
    from ..models.dms_contextualization_config_rc import DmsContextualizationConfigRC


T = TypeVar("T", bound="DeleteContextualizedCADBody")


@_attrs_define
class DeleteContextualizedCADBody(AdditionalProperties):
    """
    Attributes:
        items (list[DeleteCADContextualizationItem]):
        dms_contextualization_config (DmsContextualizationConfigRC):
    """

    _FIT = {
        "items": ("l", ("m", "DeleteCADContextualizationItem")),
        "dmsContextualizationConfig": ("m", "DmsContextualizationConfigRC"),
    }
    _REQUIRED = ("items", "dmsContextualizationConfig")

    items: list[DeleteCADContextualizationItem]
    dms_contextualization_config: DmsContextualizationConfigRC
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for componentsschemas_delete_cad_contextualization_list_item_data in self.items:
            componentsschemas_delete_cad_contextualization_list_item = (
                componentsschemas_delete_cad_contextualization_list_item_data.to_dict()
            )
            items.append(componentsschemas_delete_cad_contextualization_list_item)

        dms_contextualization_config = self.dms_contextualization_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "dmsContextualizationConfig": dms_contextualization_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_cad_contextualization_item import DeleteCADContextualizationItem  # noqa: PLC0415
        from ..models.dms_contextualization_config_rc import DmsContextualizationConfigRC  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for componentsschemas_delete_cad_contextualization_list_item_data in _items:
            componentsschemas_delete_cad_contextualization_list_item = DeleteCADContextualizationItem.from_dict(
                componentsschemas_delete_cad_contextualization_list_item_data
            )

            items.append(componentsschemas_delete_cad_contextualization_list_item)

        dms_contextualization_config = DmsContextualizationConfigRC.from_dict(d.pop("dmsContextualizationConfig"))

        delete_contextualized_cad_body = cls(
            items=items,
            dms_contextualization_config=dms_contextualization_config,
        )

        delete_contextualized_cad_body.additional_properties = d
        return delete_contextualized_cad_body
