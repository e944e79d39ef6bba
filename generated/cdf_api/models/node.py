from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Node")


@_attrs_define
class Node(AdditionalProperties):
    """Data Model node ID where parsed document results are written to.

    Attributes:
        external_id (str | Unset):
        space (str | Unset):
    """

    _FIT = {"externalId": "s", "space": "s"}
    _REQUIRED = ()

    external_id: str | Unset = UNSET
    space: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        space = self.space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if space is not UNSET:
            field_dict["space"] = space

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId", UNSET)

        space = d.pop("space", UNSET)

        node = cls(
            external_id=external_id,
            space=space,
        )

        node.additional_properties = d
        return node
