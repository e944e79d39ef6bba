from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3
    from ..models.raw_property_value_list_v3_option_3 import RawPropertyValueListV3Option3
    from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3


T = TypeVar("T", bound="TableExpressionContainsAnyFilterV3ContainsAny")


@_attrs_define
class TableExpressionContainsAnyFilterV3ContainsAny(AdditionalProperties):
    """Matches items where the property contains one or more of the given values. Only apply this filter to multivalued
    properties.

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
            values (list[bool | float | RawPropertyValueListV3Option3 | str] | ParameterizedPropertyValueV3 |
                ReferencedPropertyValueV3):
    """

    _FIT = {
        "property": ("l", "s"),
        "values": (
            "u",
            (
                ("l", ("u", ("s", "n", "b", ("m", "RawPropertyValueListV3Option3")))),
                ("m", "ParameterizedPropertyValueV3"),
                ("m", "ReferencedPropertyValueV3"),
            ),
        ),
    }
    _REQUIRED = ("property", "values")

    property_: list[str]
    values: (
        list[bool | float | RawPropertyValueListV3Option3 | str]
        | ParameterizedPropertyValueV3
        | ReferencedPropertyValueV3
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3  # noqa: PLC0415
        from ..models.raw_property_value_list_v3_option_3 import RawPropertyValueListV3Option3  # noqa: PLC0415

        property_ = self.property_

        values: dict[str, Any] | list[bool | dict[str, Any] | float | str]
        if isinstance(self.values, list):
            values = []
            for componentsschemas_raw_property_value_list_v3_item_data in self.values:
                componentsschemas_raw_property_value_list_v3_item: bool | dict[str, Any] | float | str
                if isinstance(componentsschemas_raw_property_value_list_v3_item_data, RawPropertyValueListV3Option3):
                    componentsschemas_raw_property_value_list_v3_item = (
                        componentsschemas_raw_property_value_list_v3_item_data.to_dict()
                    )
                else:
                    componentsschemas_raw_property_value_list_v3_item = (
                        componentsschemas_raw_property_value_list_v3_item_data
                    )
                values.append(componentsschemas_raw_property_value_list_v3_item)

        elif isinstance(self.values, ParameterizedPropertyValueV3):
            values = self.values.to_dict()
        else:
            values = self.values.to_dict()

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
        from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3  # noqa: PLC0415
        from ..models.raw_property_value_list_v3_option_3 import RawPropertyValueListV3Option3  # noqa: PLC0415
        from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        def _parse_values(
            data: object,
        ) -> (
            list[bool | float | RawPropertyValueListV3Option3 | str]
            | ParameterizedPropertyValueV3
            | ReferencedPropertyValueV3
        ):
            _parsed = parse_best(data, (ParameterizedPropertyValueV3, ReferencedPropertyValueV3), strict=False)
            if _parsed is not None:
                return _parsed
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_table_expression_filter_value_list_type_0 = []
            _componentsschemas_table_expression_filter_value_list_type_0 = data
            for (
                componentsschemas_raw_property_value_list_v3_item_data
            ) in _componentsschemas_table_expression_filter_value_list_type_0:

                def _parse_componentsschemas_raw_property_value_list_v3_item(
                    data: object,
                ) -> bool | float | RawPropertyValueListV3Option3 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_raw_property_value_list_v3_item_type_3 = (
                            RawPropertyValueListV3Option3.from_dict(data)
                        )

                        return componentsschemas_raw_property_value_list_v3_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(bool | float | RawPropertyValueListV3Option3 | str, data)

                componentsschemas_raw_property_value_list_v3_item = (
                    _parse_componentsschemas_raw_property_value_list_v3_item(
                        componentsschemas_raw_property_value_list_v3_item_data
                    )
                )

                componentsschemas_table_expression_filter_value_list_type_0.append(
                    componentsschemas_raw_property_value_list_v3_item
                )

            return componentsschemas_table_expression_filter_value_list_type_0

        values = _parse_values(d.pop("values"))

        table_expression_contains_any_filter_v3_contains_any = cls(
            property_=property_,
            values=values,
        )

        table_expression_contains_any_filter_v3_contains_any.additional_properties = d
        return table_expression_contains_any_filter_v3_contains_any
