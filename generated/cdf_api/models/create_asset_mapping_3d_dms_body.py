from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.create_asset_mapping_3d_dms import CreateAssetMapping3DDms
    from ..models.dms_cad_contextualization_config import DmsCADContextualizationConfig


T = TypeVar("T", bound="CreateAssetMapping3DDmsBody")


@_attrs_define
class CreateAssetMapping3DDmsBody(AdditionalProperties):
    """
    Attributes:
        items (list[CreateAssetMapping3DDms]):
        dms_contextualization_config (DmsCADContextualizationConfig):
    """

    _FIT = {
        "items": ("l", ("m", "CreateAssetMapping3DDms")),
        "dmsContextualizationConfig": ("m", "DmsCADContextualizationConfig"),
    }
    _REQUIRED = ("items", "dmsContextualizationConfig")

    items: list[CreateAssetMapping3DDms]
    dms_contextualization_config: DmsCADContextualizationConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

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
        from ..models.create_asset_mapping_3d_dms import CreateAssetMapping3DDms  # noqa: PLC0415
        from ..models.dms_cad_contextualization_config import DmsCADContextualizationConfig  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CreateAssetMapping3DDms.from_dict(items_item_data)

            items.append(items_item)

        dms_contextualization_config = DmsCADContextualizationConfig.from_dict(d.pop("dmsContextualizationConfig"))

        create_asset_mapping_3d_dms_body = cls(
            items=items,
            dms_contextualization_config=dms_contextualization_config,
        )

        create_asset_mapping_3d_dms_body.additional_properties = d
        return create_asset_mapping_3d_dms_body
