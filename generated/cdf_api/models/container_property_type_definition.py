from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cdf_external_id_reference import CDFExternalIdReference
    from ..models.direct_node_relation import DirectNodeRelation
    from ..models.enum_property import EnumProperty
    from ..models.primitive_property import PrimitiveProperty
    from ..models.text_property import TextProperty


T = TypeVar("T", bound="ContainerPropertyTypeDefinition")


@_attrs_define
class ContainerPropertyTypeDefinition(AdditionalProperties):
    """
    Attributes:
        type_ (CDFExternalIdReference | DirectNodeRelation | EnumProperty | PrimitiveProperty | TextProperty): The type
            of data you can store in this property. Most properties can also hold a list of values, for example, a list of
            integers or a list of timestamps. The supported storage types are:


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
            container. E.g. ```s-spaceExternalId.uniqueNodeExternalId.containerExternalId```
            Timestamps must be a string in the format 'YYYY-MM-DDTHH:MM:SS[.millis][Z|time zone]' with optional milliseconds
            having precision of 1-3 decimal digits and optional timezone with format ±HH:MM, ±HHMM, ±HH or Z, where Z
            represents UTC, Year must be between 0001 and 9999.
            Dates must be a date string in the format 'YYYY-MM-DD'. Year must be between 1 and 9999.
    """

    _FIT = {
        "type": (
            "u",
            (
                ("m", "TextProperty"),
                ("m", "PrimitiveProperty"),
                ("m", "CDFExternalIdReference"),
                ("m", "DirectNodeRelation"),
                ("m", "EnumProperty"),
            ),
        )
    }
    _REQUIRED = ("type",)

    type_: CDFExternalIdReference | DirectNodeRelation | EnumProperty | PrimitiveProperty | TextProperty
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
        from ..models.cdf_external_id_reference import CDFExternalIdReference  # noqa: PLC0415
        from ..models.direct_node_relation import DirectNodeRelation  # noqa: PLC0415
        from ..models.enum_property import EnumProperty  # noqa: PLC0415
        from ..models.primitive_property import PrimitiveProperty  # noqa: PLC0415
        from ..models.text_property import TextProperty  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(
            data: object,
        ) -> CDFExternalIdReference | DirectNodeRelation | EnumProperty | PrimitiveProperty | TextProperty:
            return parse_best(
                data, (TextProperty, PrimitiveProperty, CDFExternalIdReference, DirectNodeRelation, EnumProperty)
            )

        type_ = _parse_type_(d.pop("type"))

        container_property_type_definition = cls(
            type_=type_,
        )

        container_property_type_definition.additional_properties = d
        return container_property_type_definition
