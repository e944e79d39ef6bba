from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="BasePrincipalDto")


@_attrs_define
class BasePrincipalDto(AdditionalProperties):
    """A principal

    Attributes:
        id (str): Unique identifier of a principal Example: 5yAFQRAATb7vtWGp4gvbJD3wE7VS81CGuQ7EZT.
        name (str): Human-readable name of the principal
        picture_url (str): URL to a picture of the principal
    """

    _FIT = {"id": "s", "name": "s", "pictureUrl": "s"}
    _REQUIRED = ("id", "name", "pictureUrl")

    id: str
    name: str
    picture_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        picture_url = self.picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "pictureUrl": picture_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        picture_url = d.pop("pictureUrl")

        base_principal_dto = cls(
            id=id,
            name=name,
            picture_url=picture_url,
        )

        base_principal_dto.additional_properties = d
        return base_principal_dto
