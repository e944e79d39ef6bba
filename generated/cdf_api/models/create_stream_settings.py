from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.create_stream_settings_template import CreateStreamSettingsTemplate


T = TypeVar("T", bound="CreateStreamSettings")


@_attrs_define
class CreateStreamSettings(AdditionalProperties):
    """Stream settings which should be applied to a stream.

    Attributes:
        template (CreateStreamSettingsTemplate): Reference to a template which should be used to define initial settings
            for the stream.
    """

    _FIT = {"template": ("m", "CreateStreamSettingsTemplate")}
    _REQUIRED = ("template",)

    template: CreateStreamSettingsTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_stream_settings_template import CreateStreamSettingsTemplate  # noqa: PLC0415

        d = dict(src_dict)
        template = CreateStreamSettingsTemplate.from_dict(d.pop("template"))

        create_stream_settings = cls(
            template=template,
        )

        create_stream_settings.additional_properties = d
        return create_stream_settings
