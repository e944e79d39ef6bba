from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DataModels")


@_attrs_define
class DataModels(AdditionalProperties):
    """Data models configuration to specify the space for all instances.

    Attributes:
        space (str): The data models space where time series will be created.
    """

    _FIT = {"space": "s"}
    _REQUIRED = ("space",)

    space: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        data_models = cls(
            space=space,
        )

        data_models.additional_properties = d
        return data_models
