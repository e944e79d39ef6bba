from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ViewReference")


@_attrs_define
class ViewReference(AdditionalProperties):
    """Reference to a view

    Attributes:
        type_ (Literal['view']):
        space (str):
        external_id (str):
        version (str):
    """

    _FIT = {"type": ("c", "view"), "space": "s", "externalId": "s", "version": "s"}
    _REQUIRED = ("type", "space", "externalId", "version")

    type_: Literal["view"]
    space: str
    external_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        space = self.space

        external_id = self.external_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "space": space,
                "externalId": external_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["view"], d.pop("type"))
        if type_ != "view":
            raise ValueError(f"type must match const 'view', got '{type_}'")

        space = d.pop("space")

        external_id = d.pop("externalId")

        version = d.pop("version")

        view_reference = cls(
            type_=type_,
            space=space,
            external_id=external_id,
            version=version,
        )

        view_reference.additional_properties = d
        return view_reference
