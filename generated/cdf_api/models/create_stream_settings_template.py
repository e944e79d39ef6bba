from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CreateStreamSettingsTemplate")


@_attrs_define
class CreateStreamSettingsTemplate(AdditionalProperties):
    """Reference to a template which should be used to define initial settings for the stream.

    Attributes:
        name (str): The stream settings template name.
             Example: ImmutableTestStream.
    """

    _FIT = {"name": "s"}
    _REQUIRED = ("name",)

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        create_stream_settings_template = cls(
            name=name,
        )

        create_stream_settings_template.additional_properties = d
        return create_stream_settings_template
