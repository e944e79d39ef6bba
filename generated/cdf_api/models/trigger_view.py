from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cron_trigger import CronTrigger
    from ..models.data_modeling_trigger import DataModelingTrigger
    from ..models.execution_input import ExecutionInput
    from ..models.metadata import Metadata


T = TypeVar("T", bound="TriggerView")


@_attrs_define
class TriggerView(AdditionalProperties):
    """
    Attributes:
        external_id (str | Unset): Identifier for a trigger. Must be unique for the project. No trailing or leading
            whitespace and no null characters allowed.
        trigger_rule (CronTrigger | DataModelingTrigger | Unset):
        input_ (ExecutionInput | Unset): Input data to the workflow. The content of the input data can be used as input
            to the workflow tasks using references. The input data should be in JSON format, and is limited to 100KB in
            size. Example: {'key1': 'value1', 'key2': 'value2'}.
        metadata (Metadata | Unset): Custom, application-specific metadata. String key -> String value.
            Keys have a maximum length of 32 characters, values a maximum of 255,
            and there can be a maximum of 10 key-value pairs.
        workflow_external_id (str | Unset): Identifier for a workflow. Must be unique for the project. No trailing or
            leading whitespace and no null characters allowed.
        workflow_version (str | Unset): Identifier for a version. Must be unique for the workflow. No trailing or
            leading whitespace and no null characters allowed.
        created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        is_paused (bool | Unset):
    """

    _FIT = {
        "externalId": "s",
        "triggerRule": ("u", (("m", "CronTrigger"), ("m", "DataModelingTrigger"))),
        "input": ("m", "ExecutionInput"),
        "metadata": ("m", "Metadata"),
        "workflowExternalId": "s",
        "workflowVersion": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "isPaused": "b",
    }
    _REQUIRED = ()

    external_id: str | Unset = UNSET
    trigger_rule: CronTrigger | DataModelingTrigger | Unset = UNSET
    input_: ExecutionInput | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    workflow_external_id: str | Unset = UNSET
    workflow_version: str | Unset = UNSET
    created_time: int | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    is_paused: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        trigger_rule: dict[str, Any] | Unset
        if isinstance(self.trigger_rule, Unset):
            trigger_rule = UNSET
        else:
            trigger_rule = self.trigger_rule.to_dict()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        workflow_external_id = self.workflow_external_id

        workflow_version = self.workflow_version

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        is_paused = self.is_paused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if trigger_rule is not UNSET:
            field_dict["triggerRule"] = trigger_rule
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if workflow_external_id is not UNSET:
            field_dict["workflowExternalId"] = workflow_external_id
        if workflow_version is not UNSET:
            field_dict["workflowVersion"] = workflow_version
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if is_paused is not UNSET:
            field_dict["isPaused"] = is_paused

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cron_trigger import CronTrigger  # noqa: PLC0415
        from ..models.data_modeling_trigger import DataModelingTrigger  # noqa: PLC0415
        from ..models.execution_input import ExecutionInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId", UNSET)

        def _parse_trigger_rule(data: object) -> CronTrigger | DataModelingTrigger | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (CronTrigger, DataModelingTrigger))

        trigger_rule = _parse_trigger_rule(d.pop("triggerRule", UNSET))

        _input_ = d.pop("input", UNSET)
        input_: ExecutionInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = ExecutionInput.from_dict(_input_)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        workflow_external_id = d.pop("workflowExternalId", UNSET)

        workflow_version = d.pop("workflowVersion", UNSET)

        created_time = d.pop("createdTime", UNSET)

        last_updated_time = d.pop("lastUpdatedTime", UNSET)

        is_paused = d.pop("isPaused", UNSET)

        trigger_view = cls(
            external_id=external_id,
            trigger_rule=trigger_rule,
            input_=input_,
            metadata=metadata,
            workflow_external_id=workflow_external_id,
            workflow_version=workflow_version,
            created_time=created_time,
            last_updated_time=last_updated_time,
            is_paused=is_paused,
        )

        trigger_view.additional_properties = d
        return trigger_view
