from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.record_container_property_definition_option_3 import RecordContainerPropertyDefinitionOption3
    from ..models.record_direct_relation_property_type import RecordDirectRelationPropertyType
    from ..models.record_enum_property_type import RecordEnumPropertyType
    from ..models.record_primitive_property_type import RecordPrimitivePropertyType
    from ..models.record_text_property_type import RecordTextPropertyType


T = TypeVar("T", bound="RecordContainerPropertyDefinition")


@_attrs_define
class RecordContainerPropertyDefinition(AdditionalProperties):
    """Type and configuration of a property.

    Attributes:
        nullable (bool): Can this property have a null value.
        default_value (bool | float | None | RecordContainerPropertyDefinitionOption3 | str): Default value that will be
            used if a value for this property is not explicitly specified.
        type_ (RecordDirectRelationPropertyType | RecordEnumPropertyType | RecordPrimitivePropertyType |
            RecordTextPropertyType):
        description (str | Unset): Description of the content and suggested use for this property.
        name (str | Unset): Readable property name.
    """

    _FIT = {
        "nullable": "b",
        "defaultValue": ("u", ("s", "n", "b", ("m", "RecordContainerPropertyDefinitionOption3"), None)),
        "type": (
            "u",
            (
                ("m", "RecordTextPropertyType"),
                ("m", "RecordDirectRelationPropertyType"),
                ("m", "RecordPrimitivePropertyType"),
                ("m", "RecordEnumPropertyType"),
            ),
        ),
        "description": "s",
        "name": "s",
    }
    _REQUIRED = ("nullable", "defaultValue", "type")

    nullable: bool
    default_value: bool | float | None | RecordContainerPropertyDefinitionOption3 | str
    type_: (
        RecordDirectRelationPropertyType | RecordEnumPropertyType | RecordPrimitivePropertyType | RecordTextPropertyType
    )
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_container_property_definition_option_3 import RecordContainerPropertyDefinitionOption3  # noqa: PLC0415

        nullable = self.nullable

        default_value: bool | dict[str, Any] | float | None | str
        if isinstance(self.default_value, RecordContainerPropertyDefinitionOption3):
            default_value = self.default_value.to_dict()
        else:
            default_value = self.default_value

        type_: dict[str, Any]
        type_ = self.type_.to_dict()

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nullable": nullable,
                "defaultValue": default_value,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_container_property_definition_option_3 import RecordContainerPropertyDefinitionOption3  # noqa: PLC0415
        from ..models.record_direct_relation_property_type import RecordDirectRelationPropertyType  # noqa: PLC0415
        from ..models.record_enum_property_type import RecordEnumPropertyType  # noqa: PLC0415
        from ..models.record_primitive_property_type import RecordPrimitivePropertyType  # noqa: PLC0415
        from ..models.record_text_property_type import RecordTextPropertyType  # noqa: PLC0415

        d = dict(src_dict)
        nullable = d.pop("nullable")

        def _parse_default_value(data: object) -> bool | float | None | RecordContainerPropertyDefinitionOption3 | str:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_value_type_3 = RecordContainerPropertyDefinitionOption3.from_dict(data)

                return default_value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | None | RecordContainerPropertyDefinitionOption3 | str, data)

        default_value = _parse_default_value(d.pop("defaultValue"))

        def _parse_type_(
            data: object,
        ) -> (
            RecordDirectRelationPropertyType
            | RecordEnumPropertyType
            | RecordPrimitivePropertyType
            | RecordTextPropertyType
        ):
            return parse_best(
                data,
                (
                    RecordTextPropertyType,
                    RecordDirectRelationPropertyType,
                    RecordPrimitivePropertyType,
                    RecordEnumPropertyType,
                ),
            )

        type_ = _parse_type_(d.pop("type"))

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        record_container_property_definition = cls(
            nullable=nullable,
            default_value=default_value,
            type_=type_,
            description=description,
            name=name,
        )

        record_container_property_definition.additional_properties = d
        return record_container_property_definition
