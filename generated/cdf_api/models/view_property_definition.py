from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cdf_external_id_reference import CDFExternalIdReference
    from ..models.container_reference import ContainerReference
    from ..models.core_property_create_definition_option_3 import CorePropertyCreateDefinitionOption3
    from ..models.core_property_definition_constraint_state import CorePropertyDefinitionConstraintState
    from ..models.enum_property import EnumProperty
    from ..models.primitive_property import PrimitiveProperty
    from ..models.text_property import TextProperty
    from ..models.view_direct_node_relation import ViewDirectNodeRelation


T = TypeVar("T", bound="ViewPropertyDefinition")


@_attrs_define
class ViewPropertyDefinition(AdditionalProperties):
    """Property definition

    Attributes:
        constraint_state (CorePropertyDefinitionConstraintState): Describes the validity of constraints defined on this
            property.
            Not applicable for records.
        type_ (CDFExternalIdReference | EnumProperty | PrimitiveProperty | TextProperty | ViewDirectNodeRelation): The
            type of data you can store in this property. Most properties can also hold a list of values, for example, a list
            of integers or a list of timestamps. The supported storage types are:


            * text (allows user control of collation),
             * boolean,
             * 32-bit, and 64-bit float,
             * 32-bit, and 64-bit integer,
             * timestamp,
             * date,
             * JSON fragment,
             * direct relation to an existing node,
             * time series external-id reference,
             * file external-id reference,
             * sequence external-id reference,
             * enum.


            The JSON fragments have to be valid JSON objects. If JSON arrays are to be stored, these must be wrapped in a
            JSON object. JSON values (such as string, number, boolean) should use their respective primitive form instead.
            The maximum allowed size for a JSON object is 40960 bytes. For lists of json values, the size of the entire list
            must be within this limit. The maximum allowed length of a key is 128, while the maximum allowed size of a value
            is 10240 bytes and you can have up to 256 key-value pairs. The  byte sizes are computed by representing the data
            as a UTF-8 encoded JSON string.
            Direct relations use a space external-id, the external-id for an existing node, and the external-id for the data
            container. E.g. ```s-spaceExternalId.uniqueNodeExternalId.containerExternalId```. The ```view``` property on
            direct relation can optionally be set, and if it is set then this is a hint to the client on what kind of data
            is expected to exist.
            Timestamps must be a string in the format 'YYYY-MM-DDTHH:MM:SS[.millis][Z|time zone]' with optional milliseconds
            having precision of 1-3 decimal digits and optional timezone with format ±HH:MM, ±HHMM, ±HH or Z, where Z
            represents UTC, Year must be between 0001 and 9999.
            Dates must be a date string in the format 'YYYY-MM-DD'. Year must be between 1 and 9999.
        container (ContainerReference): Reference to an existing container
        container_property_identifier (str):
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
        "type": (
            "u",
            (
                ("m", "TextProperty"),
                ("m", "PrimitiveProperty"),
                ("m", "CDFExternalIdReference"),
                ("m", "ViewDirectNodeRelation"),
                ("m", "EnumProperty"),
            ),
        ),
        "container": ("m", "ContainerReference"),
        "containerPropertyIdentifier": "s",
        "immutable": "b",
        "nullable": "b",
        "autoIncrement": "b",
        "defaultValue": ("u", ("s", "n", "b", ("m", "CorePropertyCreateDefinitionOption3"))),
        "description": "s",
        "name": "s",
    }
    _REQUIRED = ("constraintState", "type", "container", "containerPropertyIdentifier")

    constraint_state: CorePropertyDefinitionConstraintState
    type_: CDFExternalIdReference | EnumProperty | PrimitiveProperty | TextProperty | ViewDirectNodeRelation
    container: ContainerReference
    container_property_identifier: str
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

        type_: dict[str, Any]
        type_ = self.type_.to_dict()

        container = self.container.to_dict()

        container_property_identifier = self.container_property_identifier

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
                "type": type_,
                "container": container,
                "containerPropertyIdentifier": container_property_identifier,
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
        from ..models.cdf_external_id_reference import CDFExternalIdReference  # noqa: PLC0415
        from ..models.container_reference import ContainerReference  # noqa: PLC0415
        from ..models.core_property_create_definition_option_3 import CorePropertyCreateDefinitionOption3  # noqa: PLC0415
        from ..models.core_property_definition_constraint_state import CorePropertyDefinitionConstraintState  # noqa: PLC0415
        from ..models.enum_property import EnumProperty  # noqa: PLC0415
        from ..models.primitive_property import PrimitiveProperty  # noqa: PLC0415
        from ..models.text_property import TextProperty  # noqa: PLC0415
        from ..models.view_direct_node_relation import ViewDirectNodeRelation  # noqa: PLC0415

        d = dict(src_dict)
        constraint_state = CorePropertyDefinitionConstraintState.from_dict(d.pop("constraintState"))

        def _parse_type_(
            data: object,
        ) -> CDFExternalIdReference | EnumProperty | PrimitiveProperty | TextProperty | ViewDirectNodeRelation:
            return parse_best(
                data, (TextProperty, PrimitiveProperty, CDFExternalIdReference, ViewDirectNodeRelation, EnumProperty)
            )

        type_ = _parse_type_(d.pop("type"))

        container = ContainerReference.from_dict(d.pop("container"))

        container_property_identifier = d.pop("containerPropertyIdentifier")

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

        view_property_definition = cls(
            constraint_state=constraint_state,
            type_=type_,
            container=container,
            container_property_identifier=container_property_identifier,
            immutable=immutable,
            nullable=nullable,
            auto_increment=auto_increment,
            default_value=default_value,
            description=description,
            name=name,
        )

        view_property_definition.additional_properties = d
        return view_property_definition
