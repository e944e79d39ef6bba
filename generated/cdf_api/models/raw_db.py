from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RawDB")


@_attrs_define
class RawDB(AdditionalProperties):
    """A NoSQL database to store customer data.

    Attributes:
        name (str): Unique name of a database.
    """

    _FIT = {"name": "s"}
    _REQUIRED = ("name",)

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        raw_db = cls(
            name=name,
        )

        raw_db.additional_properties = d
        return raw_db
