from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="PipelineConfigurationCad")


@_attrs_define
class PipelineConfigurationCad(AdditionalProperties):
    """Currently no processing configuration options are available for CAD models. The object can be empty or not
    specified.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pipeline_configuration_cad = cls()

        pipeline_configuration_cad.additional_properties = d
        return pipeline_configuration_cad
