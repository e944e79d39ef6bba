from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.list_simulator_routines_filters import ListSimulatorRoutinesFilters


T = TypeVar("T", bound="AggregateSimulatorRoutinesQuery")


@_attrs_define
class AggregateSimulatorRoutinesQuery(AdditionalProperties):
    """
    Attributes:
        aggregate (Literal['count']): Aggregate type
        filter_ (ListSimulatorRoutinesFilters | Unset):
    """

    _FIT = {"aggregate": ("c", "count"), "filter": ("m", "ListSimulatorRoutinesFilters")}
    _REQUIRED = ("aggregate",)

    aggregate: Literal["count"]
    filter_: ListSimulatorRoutinesFilters | Unset = UNSET
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
        from ..models.list_simulator_routines_filters import ListSimulatorRoutinesFilters  # noqa: PLC0415

        d = dict(src_dict)
        aggregate = cast(Literal["count"], d.pop("aggregate"))
        if aggregate != "count":
            raise ValueError(f"aggregate must match const 'count', got '{aggregate}'")

        _filter_ = d.pop("filter", UNSET)
        filter_: ListSimulatorRoutinesFilters | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ListSimulatorRoutinesFilters.from_dict(_filter_)

        aggregate_simulator_routines_query = cls(
            aggregate=aggregate,
            filter_=filter_,
        )

        aggregate_simulator_routines_query.additional_properties = d
        return aggregate_simulator_routines_query
