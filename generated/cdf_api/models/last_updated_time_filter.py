from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="LastUpdatedTimeFilter")


@_attrs_define
class LastUpdatedTimeFilter(AdditionalProperties):
    """Matches records with the last updated time within the provided range.
    This attribute is mandatory for immutable streams but it's optional for **mutable** streams.
    The maximum time interval that can be defined by the attribute
    is limited by the stream settings. If more data needs to be queried than allowed by the stream
    settings, it should be done with multiple requests. For example, if stream allows querying
    up to 1 month of data, but a quarterly report is needed, the solution is to make 3 requests, one for
    each month, and then aggregate the responses.

    The range must include at least a left (`gt` or `gte`) bound.
    It is not allowed to specify two upper or lower bounds, e.g. `gte` and `gt`, in the same filter.

      `gte`: Greater than or equal to.
      `gt`: Greater than.
      `lte`: Less than or equal to.
      `lt`: Less than.

    **Note:** `lastUpdatedTime` is a CDF generated timestamp that marks the moment a record is stored in the API

    The range bounds can be specified in two formats:
    - **String**: An ISO-8601 formatted date-time string (e.g., `2030-05-15T18:00:00.00Z`).
    - **Integer**: The number of milliseconds since the Unix epoch (e.g., `1705341600000`).

        Example:
            {'gt': 1705341600000, 'lt': '2030-05-15T18:00:00.00Z'}

        Attributes:
            gte (int | str | Unset): Timestamp value you wish to find in the ```record``` last updated time using a range
                clause.
            gt (int | str | Unset): Timestamp value you wish to find in the ```record``` last updated time using a range
                clause.
            lte (int | str | Unset): Timestamp value you wish to find in the ```record``` last updated time using a range
                clause.
            lt (int | str | Unset): Timestamp value you wish to find in the ```record``` last updated time using a range
                clause.
    """

    _FIT = {"gte": ("u", ("s", "i")), "gt": ("u", ("s", "i")), "lte": ("u", ("s", "i")), "lt": ("u", ("s", "i"))}
    _REQUIRED = ()

    gte: int | str | Unset = UNSET
    gt: int | str | Unset = UNSET
    lte: int | str | Unset = UNSET
    lt: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gte: int | str | Unset
        if isinstance(self.gte, Unset):
            gte = UNSET
        else:
            gte = self.gte

        gt: int | str | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        else:
            gt = self.gt

        lte: int | str | Unset
        if isinstance(self.lte, Unset):
            lte = UNSET
        else:
            lte = self.lte

        lt: int | str | Unset
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

        def _parse_gte(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        gte = _parse_gte(d.pop("gte", UNSET))

        def _parse_gt(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        gt = _parse_gt(d.pop("gt", UNSET))

        def _parse_lte(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        lte = _parse_lte(d.pop("lte", UNSET))

        def _parse_lt(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        lt = _parse_lt(d.pop("lt", UNSET))

        last_updated_time_filter = cls(
            gte=gte,
            gt=gt,
            lte=lte,
            lt=lt,
        )

        last_updated_time_filter.additional_properties = d
        return last_updated_time_filter
