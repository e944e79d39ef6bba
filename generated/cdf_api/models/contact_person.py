from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ContactPerson")


@_attrs_define
class ContactPerson(AdditionalProperties):
    """A contact person for an organization

    Attributes:
        id (int):
        email (str):
        name (str | Unset):
        phone (str | Unset):
        note (str | Unset):
    """

    _FIT = {"id": "i", "email": "s", "name": "s", "phone": "s", "note": "s"}
    _REQUIRED = ("id", "email")

    id: int
    email: str
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        phone = self.phone

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        note = d.pop("note", UNSET)

        contact_person = cls(
            id=id,
            email=email,
            name=name,
            phone=phone,
            note=note,
        )

        contact_person.additional_properties = d
        return contact_person
