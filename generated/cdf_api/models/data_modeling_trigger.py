from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.data_modeling_trigger_data_modeling_query import DataModelingTriggerDataModelingQuery


T = TypeVar("T", bound="DataModelingTrigger")


@_attrs_define
class DataModelingTrigger(AdditionalProperties):
    """
    Attributes:
        trigger_type (Literal['dataModeling']): A trigger that starts a workflow execution based on the result of a data
            modeling query. The query is executed at regular interval and its output is handled incrementally. The batchSize
            controls the maximum number of items to pass as input to a workflow execution. The batchTimeout controls the
            maximum time to wait for the batch to be filled before passing it to a workflow execution. A partial batch will
            be passed to the workflow execution after the batchTimeout has passed. A full batch will be passed to the
            workflow execution without further delay.
        data_modeling_query (DataModelingTriggerDataModelingQuery): Data Modeling Sync query definition. When used as
            part of a trigger, the `limit` specified in each `with` clause that is referenced by the `select` must exactly
            match the trigger’s `batchSize` parameter. There is no default `limit`; users must include it explicitly in
            their query.
        batch_size (int): The maximum number of items to pass to a workflow execution. When a dataModeling query is
            used, the `limit` in each referenced `with` clause must exactly match this `batchSize` value.
        batch_timeout (int): The maximum time in seconds to wait for the batch to be filled before passing it to a
            workflow execution.
    """

    _FIT = {
        "triggerType": ("c", "dataModeling"),
        "dataModelingQuery": ("m", "DataModelingTriggerDataModelingQuery"),
        "batchSize": "i",
        "batchTimeout": "i",
    }
    _REQUIRED = ("triggerType", "dataModelingQuery", "batchSize", "batchTimeout")

    trigger_type: Literal["dataModeling"]
    data_modeling_query: DataModelingTriggerDataModelingQuery
    batch_size: int
    batch_timeout: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger_type = self.trigger_type

        data_modeling_query = self.data_modeling_query.to_dict()

        batch_size = self.batch_size

        batch_timeout = self.batch_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "triggerType": trigger_type,
                "dataModelingQuery": data_modeling_query,
                "batchSize": batch_size,
                "batchTimeout": batch_timeout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_modeling_trigger_data_modeling_query import DataModelingTriggerDataModelingQuery  # noqa: PLC0415

        d = dict(src_dict)
        trigger_type = cast(Literal["dataModeling"], d.pop("triggerType"))
        if trigger_type != "dataModeling":
            raise ValueError(f"triggerType must match const 'dataModeling', got '{trigger_type}'")

        data_modeling_query = DataModelingTriggerDataModelingQuery.from_dict(d.pop("dataModelingQuery"))

        batch_size = d.pop("batchSize")

        batch_timeout = d.pop("batchTimeout")

        data_modeling_trigger = cls(
            trigger_type=trigger_type,
            data_modeling_query=data_modeling_query,
            batch_size=batch_size,
            batch_timeout=batch_timeout,
        )

        data_modeling_trigger.additional_properties = d
        return data_modeling_trigger
