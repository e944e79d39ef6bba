from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3


T = TypeVar("T", bound="PrefixFilterV3Prefix")


@_attrs_define
class PrefixFilterV3Prefix(AdditionalProperties):
    """Matches items that have the prefix in the identified property. This filter is only supported for single value text
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
            value (ParameterizedPropertyValueV3 | str):
    """

    _FIT = {"property": ("l", "s"), "value": ("u", ("s", ("m", "ParameterizedPropertyValueV3")))}
    _REQUIRED = ("property", "value")

    property_: list[str]
    value: ParameterizedPropertyValueV3 | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3  # noqa: PLC0415

        property_ = self.property_

        value: dict[str, Any] | str
        if isinstance(self.value, ParameterizedPropertyValueV3):
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

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        def _parse_value(data: object) -> ParameterizedPropertyValueV3 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_1 = ParameterizedPropertyValueV3.from_dict(data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ParameterizedPropertyValueV3 | str, data)

        value = _parse_value(d.pop("value"))

        prefix_filter_v3_prefix = cls(
            property_=property_,
            value=value,
        )

        prefix_filter_v3_prefix.additional_properties = d
        return prefix_filter_v3_prefix
