from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ContainerReference")


@_attrs_define
class ContainerReference(AdditionalProperties):
    """Reference to an existing container

    Attributes:
        type_ (Literal['container']):
        space (str):
        external_id (str):
    """

    _FIT = {"type": ("c", "container"), "space": "s", "externalId": "s"}
    _REQUIRED = ("type", "space", "externalId")

    type_: Literal["container"]
    space: str
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        space = self.space

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "space": space,
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["container"], d.pop("type"))
        if type_ != "container":
            raise ValueError(f"type must match const 'container', got '{type_}'")

        space = d.pop("space")

        external_id = d.pop("externalId")

        container_reference = cls(
            type_=type_,
            space=space,
            external_id=external_id,
        )

        container_reference.additional_properties = d
        return container_reference
