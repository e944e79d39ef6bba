from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentFilterRangeRange")


@_attrs_define
class DocumentFilterRangeRange(AdditionalProperties):
    """Matches items that contain terms within the provided range.
    Range must include both an upper and a lower bound. It is not allowed to specify both inclusive and exclusive
    bounds (like `gte`, `gt`) together.
    `gte`: Greater than or equal to.
    `gt`: Greater than.
    `lte`: Less than or equal to.
    `lt`: Less than.

        Example:
            {'property': ['createdTime'], 'gte': 1609459200000, 'lt': 1640995200000}

        Attributes:
            property_ (list[str]): Property you wish to filter. It's a list of strings to allow specifying nested
                properties.
                For example, If you have the object `{"foo": {"../bar": "baz"}, "bar": 123}`, you can refer to the nested
                property as `["foo", "../bar"]` and the un-nested one as `["bar"]`.
                 Example: ['sourceFile', 'name'].
            gte (float | Unset): Value you wish to find in the provided property using a range clause.
            gt (float | Unset): Value you wish to find in the provided property using a range clause.
            lte (float | Unset): Value you wish to find in the provided property using a range clause.
            lt (float | Unset): Value you wish to find in the provided property using a range clause.
    """

    _FIT = {"property": ("l", "s"), "gte": "n", "gt": "n", "lte": "n", "lt": "n"}
    _REQUIRED = ("property",)

    property_: list[str]
    gte: float | Unset = UNSET
    gt: float | Unset = UNSET
    lte: float | Unset = UNSET
    lt: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        gte = self.gte

        gt = self.gt

        lte = self.lte

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

        gte = d.pop("gte", UNSET)

        gt = d.pop("gt", UNSET)

        lte = d.pop("lte", UNSET)

        lt = d.pop("lt", UNSET)

        document_filter_range_range = cls(
            property_=property_,
            gte=gte,
            gt=gt,
            lte=lte,
            lt=lt,
        )

        document_filter_range_range.additional_properties = d
        return document_filter_range_range
