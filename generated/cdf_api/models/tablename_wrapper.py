from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="TablenameWrapper")


@_attrs_define
class TablenameWrapper(AdditionalProperties):
    """
    Attributes:
        tablename (str):
    """

    _FIT = {"tablename": "s"}
    _REQUIRED = ("tablename",)

    tablename: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tablename = self.tablename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tablename": tablename,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tablename = d.pop("tablename")

        tablename_wrapper = cls(
            tablename=tablename,
        )

        tablename_wrapper.additional_properties = d
        return tablename_wrapper
