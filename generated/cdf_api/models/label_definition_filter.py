from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.label_definition_filter_filter import LabelDefinitionFilterFilter


T = TypeVar("T", bound="LabelDefinitionFilter")


@_attrs_define
class LabelDefinitionFilter(AdditionalProperties):
    """
    Attributes:
        filter_ (LabelDefinitionFilterFilter | Unset): Filter on labels definitions with strict matching.
    """

    _FIT = {"filter": ("m", "LabelDefinitionFilterFilter")}
    _REQUIRED = ()

    filter_: LabelDefinitionFilterFilter | Unset = UNSET
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
        from ..models.label_definition_filter_filter import LabelDefinitionFilterFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: LabelDefinitionFilterFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = LabelDefinitionFilterFilter.from_dict(_filter_)

        label_definition_filter = cls(
            filter_=filter_,
        )

        label_definition_filter.additional_properties = d
        return label_definition_filter
