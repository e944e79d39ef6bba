from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.aggregates_result_definition import AggregatesResultDefinition
    from ..models.type_information_outer import TypeInformationOuter


T = TypeVar("T", bound="AggregationResponseV2")


@_attrs_define
class AggregationResponseV2(AdditionalProperties):
    """
    Attributes:
        aggregates (AggregatesResultDefinition): A dictionary of the results for the requested aggregates mapped by the
            aggregates identifiers.

            <u>Example:</u>

            ```
            {
              "my_aggr_1": {
                "avg": 42
              },
              "my_aggr_2": {
                "max": 69
              },
            }
            ``` Example: {'my_avg_aggregate1': {'avg': 42}, 'my_terms_aggregate2': {'buckets': [{'value': 'Cognite',
            'count': 42, 'aggregates': {'my_sub_aggregate1': {'min': 13}, 'my_sub_aggregate2': {'max': 69},
            'my_sub_aggregate3': {'buckets': [{'value': 'us1', 'count': 42}, {'value': 'ie1', 'count': 7}]}}}, {'value':
            'AkerBP', 'count': 21, 'aggregates': {'my_sub_aggregate1': {'min': 99}, 'my_sub_aggregate2': {'max': 999},
            'my_sub_aggregate3': {'buckets': [{'value': 'us1', 'count': 11}]}}}]}}.
        typing (TypeInformationOuter | Unset): Spaces for the requested view and containers
    """

    _FIT = {"aggregates": ("m", "AggregatesResultDefinition"), "typing": ("m", "TypeInformationOuter")}
    _REQUIRED = ("aggregates",)

    aggregates: AggregatesResultDefinition
    typing: TypeInformationOuter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregates = self.aggregates.to_dict()

        typing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.typing, Unset):
            typing = self.typing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregates": aggregates,
            }
        )
        if typing is not UNSET:
            field_dict["typing"] = typing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_result_definition import AggregatesResultDefinition  # noqa: PLC0415
        from ..models.type_information_outer import TypeInformationOuter  # noqa: PLC0415

        d = dict(src_dict)
        aggregates = AggregatesResultDefinition.from_dict(d.pop("aggregates"))

        _typing = d.pop("typing", UNSET)
        typing: TypeInformationOuter | Unset
        if isinstance(_typing, Unset):
            typing = UNSET
        else:
            typing = TypeInformationOuter.from_dict(_typing)

        aggregation_response_v2 = cls(
            aggregates=aggregates,
            typing=typing,
        )

        aggregation_response_v2.additional_properties = d
        return aggregation_response_v2
