from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RecordIncludeTyping")


@_attrs_define
class RecordIncludeTyping(AdditionalProperties):
    """
    Attributes:
        include_typing (bool | Unset): **NB!** This parameter requires an **alpha** header to use.

            If set to `true`, property type information will be included into response.
            Only following properties are included:
            - mentioned in `items` response parameter (for `/filter` and `/sync` responses)
            - mentioned in `filter` request parameter
            - mentioned in `targetUnits` request parameter
            - mentioned in `aggregates` request parameter (for `/aggregate` request )
             Example: True.
    """

    _FIT = {"includeTyping": "b"}
    _REQUIRED = ()

    include_typing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_typing = self.include_typing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_typing is not UNSET:
            field_dict["includeTyping"] = include_typing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_typing = d.pop("includeTyping", UNSET)

        record_include_typing = cls(
            include_typing=include_typing,
        )

        record_include_typing.additional_properties = d
        return record_include_typing
