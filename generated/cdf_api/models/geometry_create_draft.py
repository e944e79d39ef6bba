from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.path import Path


T = TypeVar("T", bound="GeometryCreateDraft")


@_attrs_define
class GeometryCreateDraft(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        paths (list[Path]):
        symbol_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"externalId": "s", "paths": ("l", ("m", "Path")), "symbolId": "s"}
    _REQUIRED = ("externalId", "paths", "symbolId")

    external_id: str
    paths: list[Path]
    symbol_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        paths = []
        for paths_item_data in self.paths:
            paths_item = paths_item_data.to_dict()
            paths.append(paths_item)

        symbol_id = self.symbol_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "paths": paths,
                "symbolId": symbol_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.path import Path  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        paths = []
        _paths = d.pop("paths")
        for paths_item_data in _paths:
            paths_item = Path.from_dict(paths_item_data)

            paths.append(paths_item)

        symbol_id = d.pop("symbolId")

        geometry_create_draft = cls(
            external_id=external_id,
            paths=paths,
            symbol_id=symbol_id,
        )

        geometry_create_draft.additional_properties = d
        return geometry_create_draft
