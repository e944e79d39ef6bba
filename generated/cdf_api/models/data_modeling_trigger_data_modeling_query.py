from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.data_modeling_trigger_data_modeling_query_select import DataModelingTriggerDataModelingQuerySelect
    from ..models.data_modeling_trigger_data_modeling_query_with import DataModelingTriggerDataModelingQueryWith


T = TypeVar("T", bound="DataModelingTriggerDataModelingQuery")


@_attrs_define
class DataModelingTriggerDataModelingQuery(AdditionalProperties):
    """Data Modeling Sync query definition. When used as part of a trigger, the `limit` specified in each `with` clause
    that is referenced by the `select` must exactly match the trigger’s `batchSize` parameter. There is no default
    `limit`; users must include it explicitly in their query.

        Attributes:
            with_ (DataModelingTriggerDataModelingQueryWith):
            select (DataModelingTriggerDataModelingQuerySelect):
    """

    _FIT = {
        "with": ("m", "DataModelingTriggerDataModelingQueryWith"),
        "select": ("m", "DataModelingTriggerDataModelingQuerySelect"),
    }
    _REQUIRED = ("with", "select")

    with_: DataModelingTriggerDataModelingQueryWith
    select: DataModelingTriggerDataModelingQuerySelect
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        with_ = self.with_.to_dict()

        select = self.select.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "with": with_,
                "select": select,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_modeling_trigger_data_modeling_query_select import DataModelingTriggerDataModelingQuerySelect  # noqa: PLC0415
        from ..models.data_modeling_trigger_data_modeling_query_with import DataModelingTriggerDataModelingQueryWith  # noqa: PLC0415

        d = dict(src_dict)
        with_ = DataModelingTriggerDataModelingQueryWith.from_dict(d.pop("with"))

        select = DataModelingTriggerDataModelingQuerySelect.from_dict(d.pop("select"))

        data_modeling_trigger_data_modeling_query = cls(
            with_=with_,
            select=select,
        )

        data_modeling_trigger_data_modeling_query.additional_properties = d
        return data_modeling_trigger_data_modeling_query
