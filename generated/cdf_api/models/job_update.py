from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.update_format import UpdateFormat
    from ..models.update_item_destination_id import UpdateItemDestinationId
    from ..models.update_item_job_config import UpdateItemJobConfig
    from ..models.update_item_job_target_status import UpdateItemJobTargetStatus
    from ..models.update_item_source_id import UpdateItemSourceId


T = TypeVar("T", bound="JobUpdate")


@_attrs_define
class JobUpdate(AdditionalProperties):
    """
    Attributes:
        destination_id (UpdateItemDestinationId | Unset): Set a new destination this job should write to.
        format_ (UpdateFormat | Unset): Set a new format.
        source_id (UpdateItemSourceId | Unset): Set a new source this job should write to.
        target_status (UpdateItemJobTargetStatus | Unset): Set a new job target status.
        config (UpdateItemJobConfig | Unset): Set a new source specific job config.
    """

    _FIT = {
        "destinationId": ("m", "UpdateItemDestinationId"),
        "format": ("m", "UpdateFormat"),
        "sourceId": ("m", "UpdateItemSourceId"),
        "targetStatus": ("m", "UpdateItemJobTargetStatus"),
        "config": ("m", "UpdateItemJobConfig"),
    }
    _REQUIRED = ()

    destination_id: UpdateItemDestinationId | Unset = UNSET
    format_: UpdateFormat | Unset = UNSET
    source_id: UpdateItemSourceId | Unset = UNSET
    target_status: UpdateItemJobTargetStatus | Unset = UNSET
    config: UpdateItemJobConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_id, Unset):
            destination_id = self.destination_id.to_dict()

        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        source_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_id, Unset):
            source_id = self.source_id.to_dict()

        target_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_status, Unset):
            target_status = self.target_status.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_id is not UNSET:
            field_dict["destinationId"] = destination_id
        if format_ is not UNSET:
            field_dict["format"] = format_
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if target_status is not UNSET:
            field_dict["targetStatus"] = target_status
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_format import UpdateFormat  # noqa: PLC0415
        from ..models.update_item_destination_id import UpdateItemDestinationId  # noqa: PLC0415
        from ..models.update_item_job_config import UpdateItemJobConfig  # noqa: PLC0415
        from ..models.update_item_job_target_status import UpdateItemJobTargetStatus  # noqa: PLC0415
        from ..models.update_item_source_id import UpdateItemSourceId  # noqa: PLC0415

        d = dict(src_dict)
        _destination_id = d.pop("destinationId", UNSET)
        destination_id: UpdateItemDestinationId | Unset
        if isinstance(_destination_id, Unset):
            destination_id = UNSET
        else:
            destination_id = UpdateItemDestinationId.from_dict(_destination_id)

        _format_ = d.pop("format", UNSET)
        format_: UpdateFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = UpdateFormat.from_dict(_format_)

        _source_id = d.pop("sourceId", UNSET)
        source_id: UpdateItemSourceId | Unset
        if isinstance(_source_id, Unset):
            source_id = UNSET
        else:
            source_id = UpdateItemSourceId.from_dict(_source_id)

        _target_status = d.pop("targetStatus", UNSET)
        target_status: UpdateItemJobTargetStatus | Unset
        if isinstance(_target_status, Unset):
            target_status = UNSET
        else:
            target_status = UpdateItemJobTargetStatus.from_dict(_target_status)

        _config = d.pop("config", UNSET)
        config: UpdateItemJobConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = UpdateItemJobConfig.from_dict(_config)

        job_update = cls(
            destination_id=destination_id,
            format_=format_,
            source_id=source_id,
            target_status=target_status,
            config=config,
        )

        job_update.additional_properties = d
        return job_update
