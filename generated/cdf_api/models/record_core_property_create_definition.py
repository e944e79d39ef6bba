from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.record_core_property_create_definition_option_3 import RecordCorePropertyCreateDefinitionOption3


T = TypeVar("T", bound="RecordCorePropertyCreateDefinition")


@_attrs_define
class RecordCorePropertyCreateDefinition(AdditionalProperties):
    """
    Attributes:
        nullable (bool | Unset): Does this property need to be set to a value, or not?
        default_value (bool | float | RecordCorePropertyCreateDefinitionOption3 | str | Unset): Default value to use
            when you do not specify a value for the property.  The default value must be of the same type as what you
            defined for the property itself.


            We do not currently support using default values for array/list types.
        description (str | Unset): Description of the content and suggested use for this property.
        name (str | Unset): Readable property name.
    """

    _FIT = {
        "nullable": "b",
        "defaultValue": ("u", ("s", "n", "b", ("m", "RecordCorePropertyCreateDefinitionOption3"))),
        "description": "s",
        "name": "s",
    }
    _REQUIRED = ()

    nullable: bool | Unset = UNSET
    default_value: bool | float | RecordCorePropertyCreateDefinitionOption3 | str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_core_property_create_definition_option_3 import RecordCorePropertyCreateDefinitionOption3  # noqa: PLC0415

        nullable = self.nullable

        default_value: bool | dict[str, Any] | float | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        elif isinstance(self.default_value, RecordCorePropertyCreateDefinitionOption3):
            default_value = self.default_value.to_dict()
        else:
            default_value = self.default_value

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_core_property_create_definition_option_3 import RecordCorePropertyCreateDefinitionOption3  # noqa: PLC0415

        d = dict(src_dict)
        nullable = d.pop("nullable", UNSET)

        def _parse_default_value(
            data: object,
        ) -> bool | float | RecordCorePropertyCreateDefinitionOption3 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_value_type_3 = RecordCorePropertyCreateDefinitionOption3.from_dict(data)

                return default_value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | RecordCorePropertyCreateDefinitionOption3 | str | Unset, data)

        default_value = _parse_default_value(d.pop("defaultValue", UNSET))

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        record_core_property_create_definition = cls(
            nullable=nullable,
            default_value=default_value,
            description=description,
            name=name,
        )

        record_core_property_create_definition.additional_properties = d
        return record_core_property_create_definition
