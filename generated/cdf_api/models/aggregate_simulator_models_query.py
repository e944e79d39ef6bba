from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.list_simulator_models_filters import ListSimulatorModelsFilters


T = TypeVar("T", bound="AggregateSimulatorModelsQuery")


@_attrs_define
class AggregateSimulatorModelsQuery(AdditionalProperties):
    """
    Attributes:
        aggregate (Literal['count']): Aggregate type
        filter_ (ListSimulatorModelsFilters | Unset):
    """

    _FIT = {"aggregate": ("c", "count"), "filter": ("m", "ListSimulatorModelsFilters")}
    _REQUIRED = ("aggregate",)

    aggregate: Literal["count"]
    filter_: ListSimulatorModelsFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregate = self.aggregate

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregate": aggregate,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_simulator_models_filters import ListSimulatorModelsFilters  # noqa: PLC0415

        d = dict(src_dict)
        aggregate = cast(Literal["count"], d.pop("aggregate"))
        if aggregate != "count":
            raise ValueError(f"aggregate must match const 'count', got '{aggregate}'")

        _filter_ = d.pop("filter", UNSET)
        filter_: ListSimulatorModelsFilters | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ListSimulatorModelsFilters.from_dict(_filter_)

        aggregate_simulator_models_query = cls(
            aggregate=aggregate,
            filter_=filter_,
        )

        aggregate_simulator_models_query.additional_properties = d
        return aggregate_simulator_models_query
