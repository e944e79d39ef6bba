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


T = TypeVar("T", bound="ContainsAllFilterIlaContainsAll")


@_attrs_define
class ContainsAllFilterIlaContainsAll(AdditionalProperties):
    """Matches records where the property contains all the given values.
    Only apply this filter to multivalued properties.

        Attributes:
            property_ (list[str]):
            values (list[bool | float | list[bool] | list[float] | list[RawPropertyValueV3Type8Item] |
                list[RawPropertyValueV3Type9Item] | list[str] | RawPropertyValueV3DirectRelation | RawPropertyValueV3Object |
                str]): A list of values describing the type of the defined property
    """

    _FIT = {
        "property": ("l", "s"),
        "values": (
            "l",
            (
                "u",
                (
                    "s",
                    "n",
                    "b",
                    ("m", "RawPropertyValueV3Object"),
                    ("m", "RawPropertyValueV3DirectRelation"),
                    ("l", "s"),
                    ("l", "b"),
                    ("l", "n"),
                    ("l", ("m", "RawPropertyValueV3Type8Item")),
                    ("l", ("m", "RawPropertyValueV3Type9Item")),
                ),
            ),
        ),
    }
    _REQUIRED = ("property", "values")

    property_: list[str]
    values: list[
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
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.raw_property_value_v3_direct_relation import RawPropertyValueV3DirectRelation  # noqa: PLC0415
        from ..models.raw_property_value_v3_object import RawPropertyValueV3Object  # noqa: PLC0415

        property_ = self.property_

        values = []
        for componentsschemas_raw_property_value_list_ila_item_data in self.values:
            componentsschemas_raw_property_value_list_ila_item: (
                bool | dict[str, Any] | float | list[bool] | list[dict[str, Any]] | list[float] | list[str] | str
            )
            if isinstance(componentsschemas_raw_property_value_list_ila_item_data, RawPropertyValueV3Object):
                componentsschemas_raw_property_value_list_ila_item = (
                    componentsschemas_raw_property_value_list_ila_item_data.to_dict()
                )
            elif isinstance(componentsschemas_raw_property_value_list_ila_item_data, RawPropertyValueV3DirectRelation):
                componentsschemas_raw_property_value_list_ila_item = (
                    componentsschemas_raw_property_value_list_ila_item_data.to_dict()
                )
            elif isinstance(componentsschemas_raw_property_value_list_ila_item_data, list):
                componentsschemas_raw_property_value_list_ila_item = (
                    componentsschemas_raw_property_value_list_ila_item_data
                )

            elif isinstance(componentsschemas_raw_property_value_list_ila_item_data, list):
                componentsschemas_raw_property_value_list_ila_item = (
                    componentsschemas_raw_property_value_list_ila_item_data
                )

            elif isinstance(componentsschemas_raw_property_value_list_ila_item_data, list):
                componentsschemas_raw_property_value_list_ila_item = (
                    componentsschemas_raw_property_value_list_ila_item_data
                )

            elif isinstance(componentsschemas_raw_property_value_list_ila_item_data, list):
                componentsschemas_raw_property_value_list_ila_item = []
                for (
                    componentsschemas_raw_property_value_v3_type_8_item_data
                ) in componentsschemas_raw_property_value_list_ila_item_data:
                    componentsschemas_raw_property_value_v3_type_8_item = (
                        componentsschemas_raw_property_value_v3_type_8_item_data.to_dict()
                    )
                    componentsschemas_raw_property_value_list_ila_item.append(
                        componentsschemas_raw_property_value_v3_type_8_item
                    )

            elif isinstance(componentsschemas_raw_property_value_list_ila_item_data, list):
                componentsschemas_raw_property_value_list_ila_item = []
                for (
                    componentsschemas_raw_property_value_v3_type_9_item_data
                ) in componentsschemas_raw_property_value_list_ila_item_data:
                    componentsschemas_raw_property_value_v3_type_9_item = (
                        componentsschemas_raw_property_value_v3_type_9_item_data.to_dict()
                    )
                    componentsschemas_raw_property_value_list_ila_item.append(
                        componentsschemas_raw_property_value_v3_type_9_item
                    )

            else:
                componentsschemas_raw_property_value_list_ila_item = (
                    componentsschemas_raw_property_value_list_ila_item_data
                )
            values.append(componentsschemas_raw_property_value_list_ila_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_property_value_v3_direct_relation import RawPropertyValueV3DirectRelation  # noqa: PLC0415
        from ..models.raw_property_value_v3_object import RawPropertyValueV3Object  # noqa: PLC0415
        from ..models.raw_property_value_v3_type_8_item import RawPropertyValueV3Type8Item  # noqa: PLC0415
        from ..models.raw_property_value_v3_type_9_item import RawPropertyValueV3Type9Item  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        values = []
        _values = d.pop("values")
        for componentsschemas_raw_property_value_list_ila_item_data in _values:

            def _parse_componentsschemas_raw_property_value_list_ila_item(
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

            componentsschemas_raw_property_value_list_ila_item = (
                _parse_componentsschemas_raw_property_value_list_ila_item(
                    componentsschemas_raw_property_value_list_ila_item_data
                )
            )

            values.append(componentsschemas_raw_property_value_list_ila_item)

        contains_all_filter_ila_contains_all = cls(
            property_=property_,
            values=values,
        )

        contains_all_filter_ila_contains_all.additional_properties = d
        return contains_all_filter_ila_contains_all
