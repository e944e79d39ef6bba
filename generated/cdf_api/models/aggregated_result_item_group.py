from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference


T = TypeVar("T", bound="AggregatedResultItemGroup")


@_attrs_define
class AggregatedResultItemGroup(AdditionalProperties):
    """
    Example:
        {'name': 'PumpName1', 'tag': 'tag01'}

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, bool | DirectRelationReference | float | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, DirectRelationReference):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415

        d = dict(src_dict)
        aggregated_result_item_group = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> bool | DirectRelationReference | float | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_3 = DirectRelationReference.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | DirectRelationReference | float | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        aggregated_result_item_group.additional_properties = additional_properties
        return aggregated_result_item_group
