from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="InstanceIdAI")


@_attrs_define
class InstanceIdAI(AdditionalProperties):
    """
    Attributes:
        external_id (str): The data modeling external ID of the document.
        space (str): The data modeling space of the document.
    """

    _FIT = {"externalId": "s", "space": "s"}
    _REQUIRED = ("externalId", "space")

    external_id: str
    space: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        space = self.space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "space": space,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        space = d.pop("space")

        instance_id_ai = cls(
            external_id=external_id,
            space=space,
        )

        instance_id_ai.additional_properties = d
        return instance_id_ai
