from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.update_item_description import UpdateItemDescription
    from ..models.update_item_name import UpdateItemName
    from ..models.update_set_null import UpdateSetNull


T = TypeVar("T", bound="UpdateIntegration")


@_attrs_define
class UpdateIntegration(AdditionalProperties):
    """Update an integration.

    Attributes:
        name (Unset | UpdateItemName | UpdateSetNull): Set or remove integration name.
        description (Unset | UpdateItemDescription | UpdateSetNull): Set or remove integration description.
    """

    _FIT = {
        "name": ("u", (("m", "UpdateItemName"), ("m", "UpdateSetNull"))),
        "description": ("u", (("m", "UpdateItemDescription"), ("m", "UpdateSetNull"))),
    }
    _REQUIRED = ()

    name: Unset | UpdateItemName | UpdateSetNull = UNSET
    description: Unset | UpdateItemDescription | UpdateSetNull = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name.to_dict()

        description: dict[str, Any] | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_item_description import UpdateItemDescription  # noqa: PLC0415
        from ..models.update_item_name import UpdateItemName  # noqa: PLC0415
        from ..models.update_set_null import UpdateSetNull  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> Unset | UpdateItemName | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateItemName, UpdateSetNull))

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> Unset | UpdateItemDescription | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateItemDescription, UpdateSetNull))

        description = _parse_description(d.pop("description", UNSET))

        update_integration = cls(
            name=name,
            description=description,
        )

        update_integration.additional_properties = d
        return update_integration
