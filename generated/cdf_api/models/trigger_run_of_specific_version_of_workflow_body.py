from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.authentication import Authentication
    from ..models.execution_input import ExecutionInput
    from ..models.metadata import Metadata


T = TypeVar("T", bound="TriggerRunOfSpecificVersionOfWorkflowBody")


@_attrs_define
class TriggerRunOfSpecificVersionOfWorkflowBody(AdditionalProperties):
    """
    Attributes:
        authentication (Authentication):
        input_ (ExecutionInput | Unset): Input data to the workflow. The content of the input data can be used as input
            to the workflow tasks using references. The input data should be in JSON format, and is limited to 100KB in
            size. Example: {'key1': 'value1', 'key2': 'value2'}.
        metadata (Metadata | Unset): Custom, application-specific metadata. String key -> String value.
            Keys have a maximum length of 32 characters, values a maximum of 255,
            and there can be a maximum of 10 key-value pairs.
    """

    _FIT = {"authentication": ("m", "Authentication"), "input": ("m", "ExecutionInput"), "metadata": ("m", "Metadata")}
    _REQUIRED = ("authentication",)

    authentication: Authentication
    input_: ExecutionInput | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.execution_input import ExecutionInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
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

        trigger_run_of_specific_version_of_workflow_body = cls(
            authentication=authentication,
            input_=input_,
            metadata=metadata,
        )

        trigger_run_of_specific_version_of_workflow_body.additional_properties = d
        return trigger_run_of_specific_version_of_workflow_body
