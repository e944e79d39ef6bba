from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TimeSeriesRangeAggregateFilterRange")


@_attrs_define
class TimeSeriesRangeAggregateFilterRange(AdditionalProperties):
    """Matches intermediate aggregation results where the property key or the property value is within the
    provided range. When the `aggregate` operation is `uniqueProperties` or `cardinalityProperties`,
    property _keys_ will be targeted; when it is `uniqueValues` or `cardinalityValues`, property
    _values_ will be targeted.

    At least one of the following bounds must be specified:
    - `gte`: Greater than or equal to.
    - `gt`: Greater than.
    - `lte`: Less than or equal to.
    - `lt`: Less than.

    It is not valid to specify both inclusive and exclusive bounds "on the same side" together:
    at most one of `lte` and `lt` may be specified, and at most one of `gte` and `gt`.

    In the case of `aggregate` being `uniqueProperties` or `cardinalityProperties`,
    `gte`/`gt`/`lte`/`lt` must be set to a string. In the case of `aggregate` being `uniqueValues` or
    `cardinalityValues`, this filter may only be applied to string properties or number properties,
    with `gte`/`gt`/`lte`/`lt` containing values of the corresponding type.

        Attributes:
            gte (float | int | str | Unset): An upper or lower bound for a property key or property value (depending on
                which `aggregate` was
                specified at the top level of the aggregation request).
            gt (float | int | str | Unset): An upper or lower bound for a property key or property value (depending on which
                `aggregate` was
                specified at the top level of the aggregation request).
            lte (float | int | str | Unset): An upper or lower bound for a property key or property value (depending on
                which `aggregate` was
                specified at the top level of the aggregation request).
            lt (float | int | str | Unset): An upper or lower bound for a property key or property value (depending on which
                `aggregate` was
                specified at the top level of the aggregation request).
    """

    _FIT = {
        "gte": ("u", ("s", "n", "i")),
        "gt": ("u", ("s", "n", "i")),
        "lte": ("u", ("s", "n", "i")),
        "lt": ("u", ("s", "n", "i")),
    }
    _REQUIRED = ()

    gte: float | int | str | Unset = UNSET
    gt: float | int | str | Unset = UNSET
    lte: float | int | str | Unset = UNSET
    lt: float | int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gte: float | int | str | Unset
        if isinstance(self.gte, Unset):
            gte = UNSET
        else:
            gte = self.gte

        gt: float | int | str | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        else:
            gt = self.gt

        lte: float | int | str | Unset
        if isinstance(self.lte, Unset):
            lte = UNSET
        else:
            lte = self.lte

        lt: float | int | str | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        else:
            lt = self.lt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gte is not UNSET:
            field_dict["gte"] = gte
        if gt is not UNSET:
            field_dict["gt"] = gt
        if lte is not UNSET:
            field_dict["lte"] = lte
        if lt is not UNSET:
            field_dict["lt"] = lt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_gte(data: object) -> float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | str | Unset, data)

        gte = _parse_gte(d.pop("gte", UNSET))

        def _parse_gt(data: object) -> float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | str | Unset, data)

        gt = _parse_gt(d.pop("gt", UNSET))

        def _parse_lte(data: object) -> float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | str | Unset, data)

        lte = _parse_lte(d.pop("lte", UNSET))

        def _parse_lt(data: object) -> float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | str | Unset, data)

        lt = _parse_lt(d.pop("lt", UNSET))

        time_series_range_aggregate_filter_range = cls(
            gte=gte,
            gt=gt,
            lte=lte,
            lt=lt,
        )

        time_series_range_aggregate_filter_range.additional_properties = d
        return time_series_range_aggregate_filter_range
