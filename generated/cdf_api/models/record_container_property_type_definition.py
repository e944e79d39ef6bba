from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.enum_property import EnumProperty
    from ..models.primitive_property import PrimitiveProperty
    from ..models.record_direct_node_relation import RecordDirectNodeRelation
    from ..models.record_text_property import RecordTextProperty


T = TypeVar("T", bound="RecordContainerPropertyTypeDefinition")


@_attrs_define
class RecordContainerPropertyTypeDefinition(AdditionalProperties):
    """
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
        )
    }
    _REQUIRED = ("type",)

    type_: EnumProperty | PrimitiveProperty | RecordDirectNodeRelation | RecordTextProperty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: dict[str, Any]
        type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enum_property import EnumProperty  # noqa: PLC0415
        from ..models.primitive_property import PrimitiveProperty  # noqa: PLC0415
        from ..models.record_direct_node_relation import RecordDirectNodeRelation  # noqa: PLC0415
        from ..models.record_text_property import RecordTextProperty  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(
            data: object,
        ) -> EnumProperty | PrimitiveProperty | RecordDirectNodeRelation | RecordTextProperty:
            return parse_best(data, (RecordTextProperty, PrimitiveProperty, RecordDirectNodeRelation, EnumProperty))

        type_ = _parse_type_(d.pop("type"))

        record_container_property_type_definition = cls(
            type_=type_,
        )

        record_container_property_type_definition.additional_properties = d
        return record_container_property_type_definition
