from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.enum_property import EnumProperty
    from ..models.primitive_property import PrimitiveProperty
    from ..models.record_core_property_create_definition_option_3 import RecordCorePropertyCreateDefinitionOption3
    from ..models.record_direct_node_relation import RecordDirectNodeRelation
    from ..models.record_text_property import RecordTextProperty


T = TypeVar("T", bound="RecordContainerPropertyCreateDefinition")


@_attrs_define
class RecordContainerPropertyCreateDefinition(AdditionalProperties):
    """Defines a property of a record container. You can reference this property in views.

    Attributes:
        type_ (EnumProperty | PrimitiveProperty | RecordDirectNodeRelation | RecordTextProperty): The type of data you
            can store in this property. Most properties can also hold a list of values, for example, a list of integers or a
            list of timestamps. The supported storage types are:


            * text,
             * boolean,
             * 32-bit, and 64-bit float,
             * 32-bit, and 64-bit integer,
             * timestamp,
             * date,
             * JSON fragment,
             * direct relation to an existing node,
             * enum.


            The JSON fragments have to be valid JSON objects. If JSON arrays are to be stored, these must be wrapped in a
            JSON object. JSON values (such as string, number, boolean) should use their respective primitive form instead.
            The maximum allowed size for a JSON object is 40960 bytes. For lists of json values, the size of the entire list
            must be within this limit. The maximum allowed length of a key is 128, while the maximum allowed size of a value
            is 10240 bytes and you can have up to 256 key-value pairs. The  byte sizes are computed by representing the data
            as a UTF-8 encoded JSON string.
            Direct relations use a space external-id and the external-id for an existing node. Only the target space
            existence is validated for records.
            Timestamps must be a string in the format 'YYYY-MM-DDTHH:MM:SS[.millis][Z|time zone]' with optional milliseconds
            having precision of 1-3 decimal digits and optional timezone with format ±HH:MM, ±HHMM, ±HH or Z, where Z
            represents UTC, Year must be between 0001 and 9999.
            Dates must be a date string in the format 'YYYY-MM-DD'. Year must be between 1 and 9999.
        nullable (bool | Unset): Does this property need to be set to a value, or not?
        default_value (bool | float | RecordCorePropertyCreateDefinitionOption3 | str | Unset): Default value to use
            when you do not specify a value for the property.  The default value must be of the same type as what you
            defined for the property itself.


            We do not currently support using default values for array/list types.
        description (str | Unset): Description of the content and suggested use for this property.
        name (str | Unset): Readable property name.
    """

    _FIT = {
        "type": (
            "u",
            (
                ("m", "RecordTextProperty"),
                ("m", "PrimitiveProperty"),
                ("m", "RecordDirectNodeRelation"),
                ("m", "EnumProperty"),
            ),
        ),
        "nullable": "b",
        "defaultValue": ("u", ("s", "n", "b", ("m", "RecordCorePropertyCreateDefinitionOption3"))),
        "description": "s",
        "name": "s",
    }
    _REQUIRED = ("type",)

    type_: EnumProperty | PrimitiveProperty | RecordDirectNodeRelation | RecordTextProperty
    nullable: bool | Unset = UNSET
    default_value: bool | float | RecordCorePropertyCreateDefinitionOption3 | str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_core_property_create_definition_option_3 import RecordCorePropertyCreateDefinitionOption3  # noqa: PLC0415

        type_: dict[str, Any]
        type_ = self.type_.to_dict()

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
        field_dict.update(
            {
                "type": type_,
            }
        )
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
        from ..models.enum_property import EnumProperty  # noqa: PLC0415
        from ..models.primitive_property import PrimitiveProperty  # noqa: PLC0415
        from ..models.record_core_property_create_definition_option_3 import RecordCorePropertyCreateDefinitionOption3  # noqa: PLC0415
        from ..models.record_direct_node_relation import RecordDirectNodeRelation  # noqa: PLC0415
        from ..models.record_text_property import RecordTextProperty  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(
            data: object,
        ) -> EnumProperty | PrimitiveProperty | RecordDirectNodeRelation | RecordTextProperty:
            return parse_best(data, (RecordTextProperty, PrimitiveProperty, RecordDirectNodeRelation, EnumProperty))

        type_ = _parse_type_(d.pop("type"))

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

        record_container_property_create_definition = cls(
            type_=type_,
            nullable=nullable,
            default_value=default_value,
            description=description,
            name=name,
        )

        record_container_property_create_definition.additional_properties = d
        return record_container_property_create_definition
