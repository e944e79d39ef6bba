from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DiagramConvertConfig")


@_attrs_define
class DiagramConvertConfig(AdditionalProperties):
    """
    Attributes:
        grayscale (bool | Unset): Return the SVG version in grayscale colors only (reduces the file size). Example:
            True.
    """

    _FIT = {"grayscale": "b"}
    _REQUIRED = ()

    grayscale: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grayscale = self.grayscale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grayscale is not UNSET:
            field_dict["grayscale"] = grayscale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grayscale = d.pop("grayscale", UNSET)

        diagram_convert_config = cls(
            grayscale=grayscale,
        )

        diagram_convert_config.additional_properties = d
        return diagram_convert_config
