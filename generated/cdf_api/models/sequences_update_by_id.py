from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sequence_change_dto_update import SequenceChangeDTOUpdate


T = TypeVar("T", bound="SequencesUpdateById")


@_attrs_define
class SequencesUpdateById(AdditionalProperties):
    """
    Attributes:
        update (SequenceChangeDTOUpdate): A description of changes that should be done to the sequence.
        id (int): A server-generated ID for the object.
    """

    _FIT = {"update": ("m", "SequenceChangeDTOUpdate"), "id": "i"}
    _REQUIRED = ("update", "id")

    update: SequenceChangeDTOUpdate
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_change_dto_update import SequenceChangeDTOUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = SequenceChangeDTOUpdate.from_dict(d.pop("update"))

        id = d.pop("id")

        sequences_update_by_id = cls(
            update=update,
            id=id,
        )

        sequences_update_by_id.additional_properties = d
        return sequences_update_by_id
