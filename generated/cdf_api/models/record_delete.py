from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RecordDelete")


@_attrs_define
class RecordDelete(AdditionalProperties):
    """Record to delete.

    Attributes:
        space (str):
        external_id (str): The identifier (in scope of a space) of a ```record``` which is stored in a ```stream```.
            **Note:** For *mutable* records, the property value must be unique within the scope of the space the record
            belongs to.
            **Note:** Duplicate ```space + externalId``` pair values are allowed for *immutable* records, even within a
            single batched create records request.
             Example: some_id.
    """

    _FIT = {"space": "s", "externalId": "s"}
    _REQUIRED = ("space", "externalId")

    space: str
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        record_delete = cls(
            space=space,
            external_id=external_id,
        )

        record_delete.additional_properties = d
        return record_delete
