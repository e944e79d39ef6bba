from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.post_sequence_column_dto import PostSequenceColumnDTO
    from ..models.sequence_column_change_dto_modify_item import SequenceColumnChangeDTOModifyItem
    from ..models.sequence_column_change_dto_remove_item import SequenceColumnChangeDTORemoveItem


T = TypeVar("T", bound="SequenceColumnChangeDTO")


@_attrs_define
class SequenceColumnChangeDTO(AdditionalProperties):
    """Add, remove, or modify sequence columns. After the update, the number of numeric columns and
    deleted columns should be ≤ 400; the number of string columns and deleted columns should
    be ≤ 200; and the number of numeric columns, string columns, and deleted columns should
    be ≤ 400.

        Attributes:
            modify (list[SequenceColumnChangeDTOModifyItem] | Unset): List of single column updates.
            add (list[PostSequenceColumnDTO] | Unset): List of column definitions to add.
            remove (list[SequenceColumnChangeDTORemoveItem] | Unset): List of columns to remove.
    """

    _FIT = {
        "modify": ("l", ("m", "SequenceColumnChangeDTOModifyItem")),
        "add": ("l", ("m", "PostSequenceColumnDTO")),
        "remove": ("l", ("m", "SequenceColumnChangeDTORemoveItem")),
    }
    _REQUIRED = ()

    modify: list[SequenceColumnChangeDTOModifyItem] | Unset = UNSET
    add: list[PostSequenceColumnDTO] | Unset = UNSET
    remove: list[SequenceColumnChangeDTORemoveItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modify: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modify, Unset):
            modify = []
            for modify_item_data in self.modify:
                modify_item = modify_item_data.to_dict()
                modify.append(modify_item)

        add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = []
            for add_item_data in self.add:
                add_item = add_item_data.to_dict()
                add.append(add_item)

        remove: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = []
            for remove_item_data in self.remove:
                remove_item = remove_item_data.to_dict()
                remove.append(remove_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modify is not UNSET:
            field_dict["modify"] = modify
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_sequence_column_dto import PostSequenceColumnDTO  # noqa: PLC0415
        from ..models.sequence_column_change_dto_modify_item import SequenceColumnChangeDTOModifyItem  # noqa: PLC0415
        from ..models.sequence_column_change_dto_remove_item import SequenceColumnChangeDTORemoveItem  # noqa: PLC0415

        d = dict(src_dict)
        _modify = d.pop("modify", UNSET)
        modify: list[SequenceColumnChangeDTOModifyItem] | Unset = UNSET
        if _modify is not UNSET:
            modify = []
            for modify_item_data in _modify:
                modify_item = SequenceColumnChangeDTOModifyItem.from_dict(modify_item_data)

                modify.append(modify_item)

        _add = d.pop("add", UNSET)
        add: list[PostSequenceColumnDTO] | Unset = UNSET
        if _add is not UNSET:
            add = []
            for add_item_data in _add:
                add_item = PostSequenceColumnDTO.from_dict(add_item_data)

                add.append(add_item)

        _remove = d.pop("remove", UNSET)
        remove: list[SequenceColumnChangeDTORemoveItem] | Unset = UNSET
        if _remove is not UNSET:
            remove = []
            for remove_item_data in _remove:
                remove_item = SequenceColumnChangeDTORemoveItem.from_dict(remove_item_data)

                remove.append(remove_item)

        sequence_column_change_dto = cls(
            modify=modify,
            add=add,
            remove=remove,
        )

        sequence_column_change_dto.additional_properties = d
        return sequence_column_change_dto
