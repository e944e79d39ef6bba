from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.list_simulators_filters import ListSimulatorsFilters


T = TypeVar("T", bound="ListSimulatorsQuery")


@_attrs_define
class ListSimulatorsQuery(AdditionalProperties):
    """
    Attributes:
        filter_ (ListSimulatorsFilters | Unset):
        limit (int | Unset):
    """

    _FIT = {"filter": ("m", "ListSimulatorsFilters"), "limit": "i"}
    _REQUIRED = ()

    filter_: ListSimulatorsFilters | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_simulators_filters import ListSimulatorsFilters  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: ListSimulatorsFilters | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ListSimulatorsFilters.from_dict(_filter_)

        limit = d.pop("limit", UNSET)

        list_simulators_query = cls(
            filter_=filter_,
            limit=limit,
        )

        list_simulators_query.additional_properties = d
        return list_simulators_query
