from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sync_select_v3 import SyncSelectV3


T = TypeVar("T", bound="DataModelingTriggerDataModelingQuerySelect")


@_attrs_define
class DataModelingTriggerDataModelingQuerySelect(AdditionalProperties):
    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, SyncSelectV3] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_select_v3 import SyncSelectV3  # noqa: PLC0415

        d = dict(src_dict)
        data_modeling_trigger_data_modeling_query_select = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SyncSelectV3.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        data_modeling_trigger_data_modeling_query_select.additional_properties = additional_properties
        return data_modeling_trigger_data_modeling_query_select
