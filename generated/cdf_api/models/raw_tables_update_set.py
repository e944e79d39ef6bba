from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.raw_table import RawTable


T = TypeVar("T", bound="RawTablesUpdateSet")


@_attrs_define
class RawTablesUpdateSet(AdditionalProperties):
    """
    Attributes:
        set_ (list[RawTable] | None | Unset):
    """

    _FIT = {"set": ("u", (("l", ("m", "RawTable")), None))}
    _REQUIRED = ()

    set_: list[RawTable] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: list[dict[str, Any]] | None | Unset
        if isinstance(self.set_, Unset):
            set_ = UNSET
        elif isinstance(self.set_, list):
            set_ = []
            for set_type_0_item_data in self.set_:
                set_type_0_item = set_type_0_item_data.to_dict()
                set_.append(set_type_0_item)

        else:
            set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_table import RawTable  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(data: object) -> list[RawTable] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                set_type_0 = []
                _set_type_0 = data
                for set_type_0_item_data in _set_type_0:
                    set_type_0_item = RawTable.from_dict(set_type_0_item_data)

                    set_type_0.append(set_type_0_item)

                return set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RawTable] | None | Unset, data)

        set_ = _parse_set_(d.pop("set", UNSET))

        raw_tables_update_set = cls(
            set_=set_,
        )

        raw_tables_update_set.additional_properties = d
        return raw_tables_update_set
