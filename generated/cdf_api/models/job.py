from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Job")


@_attrs_define
class Job(AdditionalProperties):
    """
    Attributes:
        space (str):
        external_id (str):
        name (str):
    """

    _FIT = {"space": "s", "externalId": "s", "name": "s"}
    _REQUIRED = ("space", "externalId", "name")

    space: str
    external_id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        name = d.pop("name")

        job = cls(
            space=space,
            external_id=external_id,
            name=name,
        )

        job.additional_properties = d
        return job
