from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.library_update_draft import LibraryUpdateDraft


T = TypeVar("T", bound="LibraryUpdateItem")


@_attrs_define
class LibraryUpdateItem(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        update (LibraryUpdateDraft):
    """

    _FIT = {"externalId": "s", "update": ("m", "LibraryUpdateDraft")}
    _REQUIRED = ("externalId", "update")

    external_id: str
    update: LibraryUpdateDraft
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
        from ..models.library_update_draft import LibraryUpdateDraft  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        update = LibraryUpdateDraft.from_dict(d.pop("update"))

        library_update_item = cls(
            external_id=external_id,
            update=update,
        )

        library_update_item.additional_properties = d
        return library_update_item
