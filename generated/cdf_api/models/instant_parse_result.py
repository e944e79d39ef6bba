from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parse_status import ParseStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.virtual_entity import VirtualEntity


T = TypeVar("T", bound="InstantParseResult")


@_attrs_define
class InstantParseResult(AdditionalProperties):
    """Temporary diagram entity data resulting from running instant parsing with a library on a file.

    Attributes:
        entities (list[VirtualEntity]):
        status (ParseStatus): Status of a parsing job
        message (str | Unset):
    """

    _FIT = {"entities": ("l", ("m", "VirtualEntity")), "status": "s", "message": "s"}
    _REQUIRED = ("entities", "status")

    entities: list[VirtualEntity]
    status: ParseStatus
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.to_dict()
            entities.append(entities_item)

        status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entities": entities,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.virtual_entity import VirtualEntity  # noqa: PLC0415

        d = dict(src_dict)
        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = VirtualEntity.from_dict(entities_item_data)

            entities.append(entities_item)

        status = ParseStatus(d.pop("status"))

        message = d.pop("message", UNSET)

        instant_parse_result = cls(
            entities=entities,
            status=status,
            message=message,
        )

        instant_parse_result.additional_properties = d
        return instant_parse_result
