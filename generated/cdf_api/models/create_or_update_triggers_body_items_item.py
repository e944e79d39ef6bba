from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.authentication import Authentication
    from ..models.cron_trigger import CronTrigger
    from ..models.data_modeling_trigger import DataModelingTrigger
    from ..models.execution_input import ExecutionInput
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateOrUpdateTriggersBodyItemsItem")


@_attrs_define
class CreateOrUpdateTriggersBodyItemsItem(AdditionalProperties):
    """
    Attributes:
        external_id (str): Identifier for a trigger. Must be unique for the project. No trailing or leading whitespace
            and no null characters allowed.
        trigger_rule (CronTrigger | DataModelingTrigger):
        workflow_external_id (str): Identifier for a workflow. Must be unique for the project. No trailing or leading
            whitespace and no null characters allowed.
        workflow_version (str): Identifier for a version. Must be unique for the workflow. No trailing or leading
            whitespace and no null characters allowed.
        authentication (Authentication):
        input_ (ExecutionInput | Unset): Input data to the workflow. The content of the input data can be used as input
            to the workflow tasks using references. The input data should be in JSON format, and is limited to 100KB in
            size. Example: {'key1': 'value1', 'key2': 'value2'}.
        metadata (Metadata | Unset): Custom, application-specific metadata. String key -> String value.
            Keys have a maximum length of 32 characters, values a maximum of 255,
            and there can be a maximum of 10 key-value pairs.
    """

    _FIT = {
        "externalId": "s",
        "triggerRule": ("u", (("m", "CronTrigger"), ("m", "DataModelingTrigger"))),
        "workflowExternalId": "s",
        "workflowVersion": "s",
        "authentication": ("m", "Authentication"),
        "input": ("m", "ExecutionInput"),
        "metadata": ("m", "Metadata"),
    }
    _REQUIRED = ("externalId", "triggerRule", "workflowExternalId", "workflowVersion", "authentication")

    external_id: str
    trigger_rule: CronTrigger | DataModelingTrigger
    workflow_external_id: str
    workflow_version: str
    authentication: Authentication
    input_: ExecutionInput | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        trigger_rule: dict[str, Any]
        trigger_rule = self.trigger_rule.to_dict()

        workflow_external_id = self.workflow_external_id

        workflow_version = self.workflow_version

        authentication = self.authentication.to_dict()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "triggerRule": trigger_rule,
                "workflowExternalId": workflow_external_id,
                "workflowVersion": workflow_version,
                "authentication": authentication,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authentication import Authentication  # noqa: PLC0415
        from ..models.cron_trigger import CronTrigger  # noqa: PLC0415
        from ..models.data_modeling_trigger import DataModelingTrigger  # noqa: PLC0415
        from ..models.execution_input import ExecutionInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        def _parse_trigger_rule(data: object) -> CronTrigger | DataModelingTrigger:
            return parse_best(data, (CronTrigger, DataModelingTrigger))

        trigger_rule = _parse_trigger_rule(d.pop("triggerRule"))

        workflow_external_id = d.pop("workflowExternalId")

        workflow_version = d.pop("workflowVersion")

        authentication = Authentication.from_dict(d.pop("authentication"))

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

        create_or_update_triggers_body_items_item = cls(
            external_id=external_id,
            trigger_rule=trigger_rule,
            workflow_external_id=workflow_external_id,
            workflow_version=workflow_version,
            authentication=authentication,
            input_=input_,
            metadata=metadata,
        )

        create_or_update_triggers_body_items_item.additional_properties = d
        return create_or_update_triggers_body_items_item
