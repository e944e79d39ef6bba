from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.function_call_filter_filter import FunctionCallFilterFilter


T = TypeVar("T", bound="FunctionCallFilter")


@_attrs_define
class FunctionCallFilter(AdditionalProperties):
    """
    Attributes:
        filter_ (FunctionCallFilterFilter | Unset):
    """

    _FIT = {"filter": ("m", "FunctionCallFilterFilter")}
    _REQUIRED = ()

    filter_: FunctionCallFilterFilter | Unset = UNSET
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
        from ..models.function_call_filter_filter import FunctionCallFilterFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: FunctionCallFilterFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = FunctionCallFilterFilter.from_dict(_filter_)

        function_call_filter = cls(
            filter_=filter_,
        )

        function_call_filter.additional_properties = d
        return function_call_filter
