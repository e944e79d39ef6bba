from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.one_of_id_external_id import OneOfIdExternalId
    from ..models.one_of_id_id import OneOfIdId


T = TypeVar("T", bound="EntityMatchingRetrieveBody")


@_attrs_define
class EntityMatchingRetrieveBody(AdditionalProperties):
    """
    Attributes:
        items (list[OneOfIdExternalId | OneOfIdId]): List of ids or externalIds of models. Example: [{'id':
            2563587950655335}, {'externalId': 'myUniqueName'}].
    """

    _FIT = {"items": ("l", ("u", (("m", "OneOfIdId"), ("m", "OneOfIdExternalId"))))}
    _REQUIRED = ("items",)

    items: list[OneOfIdExternalId | OneOfIdId]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for componentsschemas_one_of_id_item_data in self.items:
            componentsschemas_one_of_id_item: dict[str, Any]
            componentsschemas_one_of_id_item = componentsschemas_one_of_id_item_data.to_dict()

            items.append(componentsschemas_one_of_id_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.one_of_id_external_id import OneOfIdExternalId  # noqa: PLC0415
        from ..models.one_of_id_id import OneOfIdId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for componentsschemas_one_of_id_item_data in _items:

            def _parse_componentsschemas_one_of_id_item(data: object) -> OneOfIdExternalId | OneOfIdId:
                return parse_best(data, (OneOfIdId, OneOfIdExternalId))

            componentsschemas_one_of_id_item = _parse_componentsschemas_one_of_id_item(
                componentsschemas_one_of_id_item_data
            )

            items.append(componentsschemas_one_of_id_item)

        entity_matching_retrieve_body = cls(
            items=items,
        )

        entity_matching_retrieve_body.additional_properties = d
        return entity_matching_retrieve_body
