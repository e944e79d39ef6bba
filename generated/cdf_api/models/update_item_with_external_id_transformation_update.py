from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.transformation_update import TransformationUpdate


T = TypeVar("T", bound="UpdateItemWithExternalIdTransformationUpdate")


@_attrs_define
class UpdateItemWithExternalIdTransformationUpdate(AdditionalProperties):
    """
    Attributes:
        update (TransformationUpdate):
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"update": ("m", "TransformationUpdate"), "externalId": "s"}
    _REQUIRED = ("update", "externalId")

    update: TransformationUpdate
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transformation_update import TransformationUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = TransformationUpdate.from_dict(d.pop("update"))

        external_id = d.pop("externalId")

        update_item_with_external_id_transformation_update = cls(
            update=update,
            external_id=external_id,
        )

        update_item_with_external_id_transformation_update.additional_properties = d
        return update_item_with_external_id_transformation_update
