from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SequencesRangeFilterRange")


@_attrs_define
class SequencesRangeFilterRange(AdditionalProperties):
    """Matches items that contain terms within the provided range.

    One upper bound and/or one lower bound must be specified. It's not allowed to specify both inclusive and exclusive
    bounds "on the same side" together (at most one of `lte` and `lt` may be specified, and at most one of `gte` and
    `gt`).
    - `gte`: Greater than or equal to.
    - `gt`: Greater than.
    - `lte`: Less than or equal to.
    - `lt`: Less than.

    May only be applied to string properties and number properties.

        Attributes:
            property_ (list[str]): The property on which you want to filter. May be either:
                - A single-element list that contains the name of one of the predefined top-level
                  properties, in which case the filter will be applied to that top-level property.
                - A single-element list that contains `'metadata'`, in which case the filter will be applied
                  to _all_ metadata properties.
                - A two-element list where the first element is `'metadata'` and the second one is any
                  string, in which case the filter will be applied to metadata properties with that name.
            gte (float | int | str | Unset): An upper or lower bound in a `range` filter.
            gt (float | int | str | Unset): An upper or lower bound in a `range` filter.
            lte (float | int | str | Unset): An upper or lower bound in a `range` filter.
            lt (float | int | str | Unset): An upper or lower bound in a `range` filter.
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

        sequences_range_filter_range = cls(
            property_=property_,
            gte=gte,
            gt=gt,
            lte=lte,
            lt=lt,
        )

        sequences_range_filter_range.additional_properties = d
        return sequences_range_filter_range
