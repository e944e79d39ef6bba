from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.raw_property_value_v3_direct_relation import RawPropertyValueV3DirectRelation
    from ..models.raw_property_value_v3_object import RawPropertyValueV3Object
    from ..models.raw_property_value_v3_type_8_item import RawPropertyValueV3Type8Item
    from ..models.raw_property_value_v3_type_9_item import RawPropertyValueV3Type9Item


T = TypeVar("T", bound="SyncRequestParameters")


@_attrs_define
class SyncRequestParameters(AdditionalProperties):
    """Parameters to return"""

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[
        str,
        bool
        | float
        | list[bool]
        | list[float]
        | list[RawPropertyValueV3Type8Item]
        | list[RawPropertyValueV3Type9Item]
        | list[str]
        | RawPropertyValueV3DirectRelation
        | RawPropertyValueV3Object
        | str,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.raw_property_value_v3_direct_relation import RawPropertyValueV3DirectRelation  # noqa: PLC0415
        from ..models.raw_property_value_v3_object import RawPropertyValueV3Object  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, RawPropertyValueV3Object):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, RawPropertyValueV3DirectRelation):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, list):
                field_dict[prop_name] = []
                for componentsschemas_raw_property_value_v3_type_8_item_data in prop:
                    componentsschemas_raw_property_value_v3_type_8_item = (
                        componentsschemas_raw_property_value_v3_type_8_item_data.to_dict()
                    )
                    field_dict[prop_name].append(componentsschemas_raw_property_value_v3_type_8_item)

            elif isinstance(prop, list):
                field_dict[prop_name] = []
                for componentsschemas_raw_property_value_v3_type_9_item_data in prop:
                    componentsschemas_raw_property_value_v3_type_9_item = (
                        componentsschemas_raw_property_value_v3_type_9_item_data.to_dict()
                    )
                    field_dict[prop_name].append(componentsschemas_raw_property_value_v3_type_9_item)

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_property_value_v3_direct_relation import RawPropertyValueV3DirectRelation  # noqa: PLC0415
        from ..models.raw_property_value_v3_object import RawPropertyValueV3Object  # noqa: PLC0415
        from ..models.raw_property_value_v3_type_8_item import RawPropertyValueV3Type8Item  # noqa: PLC0415
        from ..models.raw_property_value_v3_type_9_item import RawPropertyValueV3Type9Item  # noqa: PLC0415

        d = dict(src_dict)
        sync_request_parameters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                bool
                | float
                | list[bool]
                | list[float]
                | list[RawPropertyValueV3Type8Item]
                | list[RawPropertyValueV3Type9Item]
                | list[str]
                | RawPropertyValueV3DirectRelation
                | RawPropertyValueV3Object
                | str
            ):
                _parsed = parse_best(data, (RawPropertyValueV3Object, RawPropertyValueV3DirectRelation), strict=False)
                if _parsed is not None:
                    return _parsed
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_raw_property_value_v3_type_5 = cast(list[str], data)

                    return componentsschemas_raw_property_value_v3_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_raw_property_value_v3_type_6 = cast(list[bool], data)

                    return componentsschemas_raw_property_value_v3_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_raw_property_value_v3_type_7 = cast(list[float], data)

                    return componentsschemas_raw_property_value_v3_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_raw_property_value_v3_type_8 = []
                    _componentsschemas_raw_property_value_v3_type_8 = data
                    for (
                        componentsschemas_raw_property_value_v3_type_8_item_data
                    ) in _componentsschemas_raw_property_value_v3_type_8:
                        componentsschemas_raw_property_value_v3_type_8_item = RawPropertyValueV3Type8Item.from_dict(
                            componentsschemas_raw_property_value_v3_type_8_item_data
                        )

                        componentsschemas_raw_property_value_v3_type_8.append(
                            componentsschemas_raw_property_value_v3_type_8_item
                        )

                    return componentsschemas_raw_property_value_v3_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_raw_property_value_v3_type_9 = []
                    _componentsschemas_raw_property_value_v3_type_9 = data
                    for (
                        componentsschemas_raw_property_value_v3_type_9_item_data
                    ) in _componentsschemas_raw_property_value_v3_type_9:
                        componentsschemas_raw_property_value_v3_type_9_item = RawPropertyValueV3Type9Item.from_dict(
                            componentsschemas_raw_property_value_v3_type_9_item_data
                        )

                        componentsschemas_raw_property_value_v3_type_9.append(
                            componentsschemas_raw_property_value_v3_type_9_item
                        )

                    return componentsschemas_raw_property_value_v3_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    bool
                    | float
                    | list[bool]
                    | list[float]
                    | list[RawPropertyValueV3Type8Item]
                    | list[RawPropertyValueV3Type9Item]
                    | list[str]
                    | RawPropertyValueV3DirectRelation
                    | RawPropertyValueV3Object
                    | str,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        sync_request_parameters.additional_properties = additional_properties
        return sync_request_parameters
