from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_type import InstanceType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.aggregated_histogram_value import AggregatedHistogramValue
    from ..models.aggregated_number_value import AggregatedNumberValue
    from ..models.aggregated_result_item_group import AggregatedResultItemGroup


T = TypeVar("T", bound="AggregatedResultItem")


@_attrs_define
class AggregatedResultItem(AdditionalProperties):
    """
    Attributes:
        instance_type (InstanceType): The type of instance
        aggregates (list[AggregatedHistogramValue | AggregatedNumberValue]):
        group (AggregatedResultItemGroup | Unset):  Example: {'name': 'PumpName1', 'tag': 'tag01'}.
    """

    _FIT = {
        "instanceType": "s",
        "aggregates": ("l", ("u", (("m", "AggregatedNumberValue"), ("m", "AggregatedHistogramValue")))),
        "group": ("m", "AggregatedResultItemGroup"),
    }
    _REQUIRED = ("instanceType", "aggregates")

    instance_type: InstanceType
    aggregates: list[AggregatedHistogramValue | AggregatedNumberValue]
    group: AggregatedResultItemGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type.value

        aggregates = []
        for aggregates_item_data in self.aggregates:
            aggregates_item: dict[str, Any]
            aggregates_item = aggregates_item_data.to_dict()

            aggregates.append(aggregates_item)

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceType": instance_type,
                "aggregates": aggregates,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregated_histogram_value import AggregatedHistogramValue  # noqa: PLC0415
        from ..models.aggregated_number_value import AggregatedNumberValue  # noqa: PLC0415
        from ..models.aggregated_result_item_group import AggregatedResultItemGroup  # noqa: PLC0415

        d = dict(src_dict)
        instance_type = InstanceType(d.pop("instanceType"))

        aggregates = []
        _aggregates = d.pop("aggregates")
        for aggregates_item_data in _aggregates:

            def _parse_aggregates_item(data: object) -> AggregatedHistogramValue | AggregatedNumberValue:
                return parse_best(data, (AggregatedNumberValue, AggregatedHistogramValue))

            aggregates_item = _parse_aggregates_item(aggregates_item_data)

            aggregates.append(aggregates_item)

        _group = d.pop("group", UNSET)
        group: AggregatedResultItemGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = AggregatedResultItemGroup.from_dict(_group)

        aggregated_result_item = cls(
            instance_type=instance_type,
            aggregates=aggregates,
            group=group,
        )

        aggregated_result_item.additional_properties = d
        return aggregated_result_item
