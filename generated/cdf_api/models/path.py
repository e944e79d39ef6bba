from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Path")


@_attrs_define
class Path(AdditionalProperties):
    """SVG path in a custom format

    Attributes:
        id (str):
        d (str): The d attribute of an SVG path
        style_id (str | Unset): The id of the style used for this path
    """

    _FIT = {"id": "s", "d": "s", "styleId": "s"}
    _REQUIRED = ("id", "d")

    id: str
    d: str
    style_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        d = self.d

        style_id = self.style_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "d": d,
            }
        )
        if style_id is not UNSET:
            field_dict["styleId"] = style_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        d = d.pop("d")

        style_id = d.pop("styleId", UNSET)

        path = cls(
            id=id,
            d=d,
            style_id=style_id,
        )

        path.additional_properties = d
        return path
