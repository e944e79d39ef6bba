from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.update_mapping import UpdateMapping


T = TypeVar("T", bound="MappingUpdateItem")


@_attrs_define
class MappingUpdateItem(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        update (UpdateMapping):
    """

    _FIT = {"externalId": "s", "update": ("m", "UpdateMapping")}
    _REQUIRED = ("externalId", "update")

    external_id: str
    update: UpdateMapping
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_mapping import UpdateMapping  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        update = UpdateMapping.from_dict(d.pop("update"))

        mapping_update_item = cls(
            external_id=external_id,
            update=update,
        )

        mapping_update_item.additional_properties = d
        return mapping_update_item
