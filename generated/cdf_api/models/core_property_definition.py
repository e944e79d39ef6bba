from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.core_property_create_definition_option_3 import CorePropertyCreateDefinitionOption3
    from ..models.core_property_definition_constraint_state import CorePropertyDefinitionConstraintState


T = TypeVar("T", bound="CorePropertyDefinition")


@_attrs_define
class CorePropertyDefinition(AdditionalProperties):
    """
    Attributes:
        constraint_state (CorePropertyDefinitionConstraintState): Describes the validity of constraints defined on this
            property.
            Not applicable for records.
        immutable (bool | Unset): Should updates to this property be rejected after the initial population? Per-property
            immutability is not applicable for records. For records, immutability is a stream-level concept only.
        nullable (bool | Unset): Does this property need to be set to a value, or not?
        auto_increment (bool | Unset): When set to ```true```, the API will increment the property based on its highest
            current value (max value).  You can only use this functionality to increment properties of type `int32` or
            `int64`. If the property has a different data type, the API will return an error. Auto-increment is not
            supported for records. The value will not be auto-generated, so omitting a non-nullable auto-increment property
            during record ingestion will fail validation.
        default_value (bool | CorePropertyCreateDefinitionOption3 | float | str | Unset): Default value to use when you
            do not specify a value for the property.  The default value must be of the same type as what you defined for the
            property itself.


            We do not currently support using default values for array/list types.
        description (str | Unset): Description of the content and suggested use for this property.
        name (str | Unset): Readable property name.
    """

    _FIT = {
        "constraintState": ("m", "CorePropertyDefinitionConstraintState"),
        "immutable": "b",
        "nullable": "b",
        "autoIncrement": "b",
        "defaultValue": ("u", ("s", "n", "b", ("m", "CorePropertyCreateDefinitionOption3"))),
        "description": "s",
        "name": "s",
    }
    _REQUIRED = ("constraintState",)

    constraint_state: CorePropertyDefinitionConstraintState
    immutable: bool | Unset = UNSET
    nullable: bool | Unset = UNSET
    auto_increment: bool | Unset = UNSET
    default_value: bool | CorePropertyCreateDefinitionOption3 | float | str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.core_property_create_definition_option_3 import CorePropertyCreateDefinitionOption3  # noqa: PLC0415

        constraint_state = self.constraint_state.to_dict()

        immutable = self.immutable

        nullable = self.nullable

        auto_increment = self.auto_increment

        default_value: bool | dict[str, Any] | float | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        elif isinstance(self.default_value, CorePropertyCreateDefinitionOption3):
            default_value = self.default_value.to_dict()
        else:
            default_value = self.default_value

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "constraintState": constraint_state,
            }
        )
        if immutable is not UNSET:
            field_dict["immutable"] = immutable
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if auto_increment is not UNSET:
            field_dict["autoIncrement"] = auto_increment
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.core_property_create_definition_option_3 import CorePropertyCreateDefinitionOption3  # noqa: PLC0415
        from ..models.core_property_definition_constraint_state import CorePropertyDefinitionConstraintState  # noqa: PLC0415

        d = dict(src_dict)
        constraint_state = CorePropertyDefinitionConstraintState.from_dict(d.pop("constraintState"))

        immutable = d.pop("immutable", UNSET)

        nullable = d.pop("nullable", UNSET)

        auto_increment = d.pop("autoIncrement", UNSET)

        def _parse_default_value(data: object) -> bool | CorePropertyCreateDefinitionOption3 | float | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_value_type_3 = CorePropertyCreateDefinitionOption3.from_dict(data)

                return default_value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | CorePropertyCreateDefinitionOption3 | float | str | Unset, data)

        default_value = _parse_default_value(d.pop("defaultValue", UNSET))

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        core_property_definition = cls(
            constraint_state=constraint_state,
            immutable=immutable,
            nullable=nullable,
            auto_increment=auto_increment,
            default_value=default_value,
            description=description,
            name=name,
        )

        core_property_definition.additional_properties = d
        return core_property_definition
