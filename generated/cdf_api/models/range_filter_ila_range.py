from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RangeFilterIlaRange")


@_attrs_define
class RangeFilterIlaRange(AdditionalProperties):
    """Matches records that contain terms within the provided range.

    The range must include an upper and/or a lower bound. It is not allowed to specify two upper or lower bounds, e.g.
    `gte` and `gt`, in the same filter.

      `gte`: Greater than or equal to.
      `gt`: Greater than.
      `lte`: Less than or equal to.
      `lt`: Less than.

        Attributes:
            property_ (list[str]):
            gte (float | int | str | Unset): Value you wish to find in the provided property using a range clause.
            gt (float | int | str | Unset): Value you wish to find in the provided property using a range clause.
            lte (float | int | str | Unset): Value you wish to find in the provided property using a range clause.
            lt (float | int | str | Unset): Value you wish to find in the provided property using a range clause.
    """

    _FIT = {
        "property": ("l", "s"),
        "gte": ("u", ("s", "n", "i")),
        "gt": ("u", ("s", "n", "i")),
        "lte": ("u", ("s", "n", "i")),
        "lt": ("u", ("s", "n", "i")),
    }
    _REQUIRED = ("property",)

    property_: list[str]
    gte: float | int | str | Unset = UNSET
    gt: float | int | str | Unset = UNSET
    lte: float | int | str | Unset = UNSET
    lt: float | int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

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
        field_dict.update(
            {
                "property": property_,
            }
        )
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
        property_ = cast(list[str], d.pop("property"))

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

        range_filter_ila_range = cls(
            property_=property_,
            gte=gte,
            gt=gt,
            lte=lte,
            lt=lt,
        )

        range_filter_ila_range.additional_properties = d
        return range_filter_ila_range
