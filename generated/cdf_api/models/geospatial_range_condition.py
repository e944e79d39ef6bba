from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GeospatialRangeCondition")


@_attrs_define
class GeospatialRangeCondition(AdditionalProperties):
    """Range condition can be open (i.e. having one of the properties) or closed (i.e. having two opposite properties). Can
    be applied to numeric types as well as string.

        Example:
            {'properties': {'gt': 12.4, 'lte': 20.1}}

        Attributes:
            gt (float | str | Unset):
            lt (float | str | Unset):
            gte (float | str | Unset):
            lte (float | str | Unset):
    """

    _FIT = {"gt": ("u", ("s", "n")), "lt": ("u", ("s", "n")), "gte": ("u", ("s", "n")), "lte": ("u", ("s", "n"))}
    _REQUIRED = ()

    gt: float | str | Unset = UNSET
    lt: float | str | Unset = UNSET
    gte: float | str | Unset = UNSET
    lte: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gt: float | str | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        else:
            gt = self.gt

        lt: float | str | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        else:
            lt = self.lt

        gte: float | str | Unset
        if isinstance(self.gte, Unset):
            gte = UNSET
        else:
            gte = self.gte

        lte: float | str | Unset
        if isinstance(self.lte, Unset):
            lte = UNSET
        else:
            lte = self.lte

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gt is not UNSET:
            field_dict["gt"] = gt
        if lt is not UNSET:
            field_dict["lt"] = lt
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_gt(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        gt = _parse_gt(d.pop("gt", UNSET))

        def _parse_lt(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        lt = _parse_lt(d.pop("lt", UNSET))

        def _parse_gte(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        gte = _parse_gte(d.pop("gte", UNSET))

        def _parse_lte(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        lte = _parse_lte(d.pop("lte", UNSET))

        geospatial_range_condition = cls(
            gt=gt,
            lt=lt,
            gte=gte,
            lte=lte,
        )

        geospatial_range_condition.additional_properties = d
        return geospatial_range_condition
