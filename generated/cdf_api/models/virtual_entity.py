from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="VirtualEntity")


@_attrs_define
class VirtualEntity(AdditionalProperties):
    """Diagram entity with its paths joined by pathIds

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        path_ids (list[str]):
        symbol_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"externalId": "s", "pathIds": ("l", "s"), "symbolId": "s"}
    _REQUIRED = ("externalId", "pathIds", "symbolId")

    external_id: str
    path_ids: list[str]
    symbol_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        path_ids = self.path_ids

        symbol_id = self.symbol_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "pathIds": path_ids,
                "symbolId": symbol_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        path_ids = cast(list[str], d.pop("pathIds"))

        symbol_id = d.pop("symbolId")

        virtual_entity = cls(
            external_id=external_id,
            path_ids=path_ids,
            symbol_id=symbol_id,
        )

        virtual_entity.additional_properties = d
        return virtual_entity
