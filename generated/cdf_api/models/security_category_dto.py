from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SecurityCategoryDTO")


@_attrs_define
class SecurityCategoryDTO(AdditionalProperties):
    """
    Attributes:
        name (str): Name of the security category Example: Guarded by vendor x.
        id (int): ID of the security category
    """

    _FIT = {"name": "s", "id": "i"}
    _REQUIRED = ("name", "id")

    name: str
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        security_category_dto = cls(
            name=name,
            id=id,
        )

        security_category_dto.additional_properties = d
        return security_category_dto
