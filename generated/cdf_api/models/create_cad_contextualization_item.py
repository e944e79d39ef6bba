from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.instance_reference import InstanceReference


T = TypeVar("T", bound="CreateCADContextualizationItem")


@_attrs_define
class CreateCADContextualizationItem(AdditionalProperties):
    """
    Attributes:
        asset (InstanceReference):
        node_id (int): The ID of the node. Example: 1003.
    """

    _FIT = {"asset": ("m", "InstanceReference"), "nodeId": "i"}
    _REQUIRED = ("asset", "nodeId")

    asset: InstanceReference
    node_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset.to_dict()

        node_id = self.node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "nodeId": node_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_reference import InstanceReference  # noqa: PLC0415

        d = dict(src_dict)
        asset = InstanceReference.from_dict(d.pop("asset"))

        node_id = d.pop("nodeId")

        create_cad_contextualization_item = cls(
            asset=asset,
            node_id=node_id,
        )

        create_cad_contextualization_item.additional_properties = d
        return create_cad_contextualization_item
