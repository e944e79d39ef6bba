from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.sequences_update_by_external_id import SequencesUpdateByExternalId
    from ..models.sequences_update_by_id import SequencesUpdateById


T = TypeVar("T", bound="DataSequenceChange")


@_attrs_define
class DataSequenceChange(AdditionalProperties):
    """
    Attributes:
        items (list[SequencesUpdateByExternalId | SequencesUpdateById]):
    """

    _FIT = {"items": ("l", ("u", (("m", "SequencesUpdateById"), ("m", "SequencesUpdateByExternalId"))))}
    _REQUIRED = ("items",)

    items: list[SequencesUpdateByExternalId | SequencesUpdateById]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

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
        from ..models.sequences_update_by_external_id import SequencesUpdateByExternalId  # noqa: PLC0415
        from ..models.sequences_update_by_id import SequencesUpdateById  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> SequencesUpdateByExternalId | SequencesUpdateById:
                return parse_best(data, (SequencesUpdateById, SequencesUpdateByExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        data_sequence_change = cls(
            items=items,
        )

        data_sequence_change.additional_properties = d
        return data_sequence_change
