from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.data_set_filter import DataSetFilter


T = TypeVar("T", bound="DataSetAggregateRequest")


@_attrs_define
class DataSetAggregateRequest(AdditionalProperties):
    """Aggregation request of data sets. Filters exact field matching or timestamp ranges inclusive min and max.

    Attributes:
        filter_ (DataSetFilter | Unset): Filter on data sets with strict matching.
    """

    _FIT = {"filter": ("m", "DataSetFilter")}
    _REQUIRED = ()

    filter_: DataSetFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set_filter import DataSetFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: DataSetFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = DataSetFilter.from_dict(_filter_)

        data_set_aggregate_request = cls(
            filter_=filter_,
        )

        data_set_aggregate_request.additional_properties = d
        return data_set_aggregate_request
