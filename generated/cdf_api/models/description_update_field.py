from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DescriptionUpdateField")


@_attrs_define
class DescriptionUpdateField(AdditionalProperties):
    """Set a new value for description.

    Attributes:
        set_ (None | str | Unset): Description of Extraction Pipeline
    """

    _FIT = {"set": ("u", ("s", None))}
    _REQUIRED = ()

    set_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: None | str | Unset
        if isinstance(self.set_, Unset):
            set_ = UNSET
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
        d = dict(src_dict)

        def _parse_set_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        set_ = _parse_set_(d.pop("set", UNSET))

        description_update_field = cls(
            set_=set_,
        )

        description_update_field.additional_properties = d
        return description_update_field
