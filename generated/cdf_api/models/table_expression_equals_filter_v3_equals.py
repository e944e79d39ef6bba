from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3
    from ..models.raw_property_value_v3_direct_relation import RawPropertyValueV3DirectRelation
    from ..models.raw_property_value_v3_object import RawPropertyValueV3Object
    from ..models.raw_property_value_v3_type_8_item import RawPropertyValueV3Type8Item
    from ..models.raw_property_value_v3_type_9_item import RawPropertyValueV3Type9Item
    from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3


T = TypeVar("T", bound="TableExpressionEqualsFilterV3Equals")


@_attrs_define
class TableExpressionEqualsFilterV3Equals(AdditionalProperties):
    """Matches items that contain the exact value in the provided property.

    Attributes:
        property_ (list[str]): A reference to either a DMS base property or a container property.
            For nodes the DMS base properties are `instanceType`, `version`,
            `space`, `externalId`, `type`, `createdTime`, `lastUpdatedTime`,
            and `deletedTime`. For edges the DMS base properties
            are all of the node base properties with the addition of
            `startNode` and `endNode`.

            References to DMS base properties are on the form
            `["node", "identifier"]` or `["edge", "identifier"]` where
            `identifier` is a DMS base property.

            Container properties can be referenced either through a view
             or through the container where it is defined.
            - To reference a property through the container where it
                is defined the format is
                `["space", "externalId", "identifier"]` where `space`,
                `externalId` is the space and
                externalId of the container and `identifier` is one of the
                property identifiers defined in the container.
            - To reference a property through one of the views mapping it the format
              is `["space", "externalId/version", "identifier"]`
              where `space`, `externalId`, `version` is the space, externalId,
              and version of the view respectively, and `identifier` is one of the
              property identifiers defined in the view.
        value (bool | float | list[bool] | list[float] | list[RawPropertyValueV3Type8Item] |
            list[RawPropertyValueV3Type9Item] | list[str] | ParameterizedPropertyValueV3 | RawPropertyValueV3DirectRelation
            | RawPropertyValueV3Object | ReferencedPropertyValueV3 | str):
    """

    _FIT = {
        "property": ("l", "s"),
        "value": (
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
                ("m", "ParameterizedPropertyValueV3"),
                ("m", "ReferencedPropertyValueV3"),
            ),
        ),
    }
    _REQUIRED = ("property", "value")

    property_: list[str]
    value: (
        bool
        | float
        | list[bool]
        | list[float]
        | list[RawPropertyValueV3Type8Item]
        | list[RawPropertyValueV3Type9Item]
        | list[str]
        | ParameterizedPropertyValueV3
        | RawPropertyValueV3DirectRelation
        | RawPropertyValueV3Object
        | ReferencedPropertyValueV3
        | str
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3  # noqa: PLC0415
        from ..models.raw_property_value_v3_direct_relation import RawPropertyValueV3DirectRelation  # noqa: PLC0415
        from ..models.raw_property_value_v3_object import RawPropertyValueV3Object  # noqa: PLC0415
        from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3  # noqa: PLC0415

        property_ = self.property_

        value: bool | dict[str, Any] | float | list[bool] | list[dict[str, Any]] | list[float] | list[str] | str
        if isinstance(self.value, RawPropertyValueV3Object):
            value = self.value.to_dict()
        elif isinstance(self.value, RawPropertyValueV3DirectRelation):
            value = self.value.to_dict()
        elif isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, list):
            value = []
            for componentsschemas_raw_property_value_v3_type_8_item_data in self.value:
                componentsschemas_raw_property_value_v3_type_8_item = (
                    componentsschemas_raw_property_value_v3_type_8_item_data.to_dict()
                )
                value.append(componentsschemas_raw_property_value_v3_type_8_item)

        elif isinstance(self.value, list):
            value = []
            for componentsschemas_raw_property_value_v3_type_9_item_data in self.value:
                componentsschemas_raw_property_value_v3_type_9_item = (
                    componentsschemas_raw_property_value_v3_type_9_item_data.to_dict()
                )
                value.append(componentsschemas_raw_property_value_v3_type_9_item)

        elif isinstance(self.value, ParameterizedPropertyValueV3):
            value = self.value.to_dict()
        elif isinstance(self.value, ReferencedPropertyValueV3):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3  # noqa: PLC0415
        from ..models.raw_property_value_v3_direct_relation import RawPropertyValueV3DirectRelation  # noqa: PLC0415
        from ..models.raw_property_value_v3_object import RawPropertyValueV3Object  # noqa: PLC0415
        from ..models.raw_property_value_v3_type_8_item import RawPropertyValueV3Type8Item  # noqa: PLC0415
        from ..models.raw_property_value_v3_type_9_item import RawPropertyValueV3Type9Item  # noqa: PLC0415
        from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        def _parse_value(
            data: object,
        ) -> (
            bool
            | float
            | list[bool]
            | list[float]
            | list[RawPropertyValueV3Type8Item]
            | list[RawPropertyValueV3Type9Item]
            | list[str]
            | ParameterizedPropertyValueV3
            | RawPropertyValueV3DirectRelation
            | RawPropertyValueV3Object
            | ReferencedPropertyValueV3
            | str
        ):
            _parsed = parse_best(
                data,
                (
                    RawPropertyValueV3Object,
                    RawPropertyValueV3DirectRelation,
                    ParameterizedPropertyValueV3,
                    ReferencedPropertyValueV3,
                ),
                strict=False,
            )
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
                | ParameterizedPropertyValueV3
                | RawPropertyValueV3DirectRelation
                | RawPropertyValueV3Object
                | ReferencedPropertyValueV3
                | str,
                data,
            )

        value = _parse_value(d.pop("value"))

        table_expression_equals_filter_v3_equals = cls(
            property_=property_,
            value=value,
        )

        table_expression_equals_filter_v3_equals.additional_properties = d
        return table_expression_equals_filter_v3_equals
