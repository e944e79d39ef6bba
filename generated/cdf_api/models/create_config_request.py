from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreateConfigRequest")


@_attrs_define
class CreateConfigRequest(AdditionalProperties):
    """
    Attributes:
        external_id (str): External ID of the extraction pipeline this configuration revision belongs to.
        config (str | Unset): Configuration content.
        description (None | str | Unset): A description of this configuration revision.
    """

    _FIT = {"externalId": "s", "config": "s", "description": ("u", ("s", None))}
    _REQUIRED = ("externalId",)

    external_id: str
    config: str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        config = self.config

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        config = d.pop("config", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        create_config_request = cls(
            external_id=external_id,
            config=config,
            description=description,
        )

        create_config_request.additional_properties = d
        return create_config_request
