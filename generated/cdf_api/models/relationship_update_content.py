from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.labels_add_remove import LabelsAddRemove
    from ..models.labels_set import LabelsSet
    from ..models.remove_field import RemoveField
    from ..models.set_confidence import SetConfidence
    from ..models.set_data_set_id_object import SetDataSetIdObject
    from ..models.set_end_time import SetEndTime
    from ..models.set_start_time import SetStartTime
    from ..models.update_source_external_id import UpdateSourceExternalId
    from ..models.update_source_type import UpdateSourceType
    from ..models.update_target_external_id import UpdateTargetExternalId
    from ..models.update_target_type import UpdateTargetType


T = TypeVar("T", bound="RelationshipUpdateContent")


@_attrs_define
class RelationshipUpdateContent(AdditionalProperties):
    """
    Attributes:
        source_type (UpdateSourceType | Unset): Set a new value for the relationship source type.
        source_external_id (UpdateSourceExternalId | Unset): Set a new value for the relationship source external ID.
        target_type (UpdateTargetType | Unset): Set a new value for the relationship target type.
        target_external_id (UpdateTargetExternalId | Unset): Set a new value for the relationship target external ID.
        confidence (RemoveField | SetConfidence | Unset): Set a new value for the confidence, or remove the value.
        start_time (RemoveField | SetStartTime | Unset): Set a new value for the start time, or remove the value.
        end_time (RemoveField | SetEndTime | Unset):
        data_set_id (RemoveField | SetDataSetIdObject | Unset): Set a new value for the dataSet Ids, or remove the
            value.
        labels (LabelsAddRemove | LabelsSet | Unset): Updates the resource's assigned labels.

            Labels can be added, removed or replaced (set). Adding an already attached label is an idempotent operation.
            Removing a label with no matching externalId is silently ignored.
    """

    _FIT = {
        "sourceType": ("m", "UpdateSourceType"),
        "sourceExternalId": ("m", "UpdateSourceExternalId"),
        "targetType": ("m", "UpdateTargetType"),
        "targetExternalId": ("m", "UpdateTargetExternalId"),
        "confidence": ("u", (("m", "SetConfidence"), ("m", "RemoveField"))),
        "startTime": ("u", (("m", "SetStartTime"), ("m", "RemoveField"))),
        "endTime": ("u", (("m", "SetEndTime"), ("m", "RemoveField"))),
        "dataSetId": ("u", (("m", "SetDataSetIdObject"), ("m", "RemoveField"))),
        "labels": ("u", (("m", "LabelsAddRemove"), ("m", "LabelsSet"))),
    }
    _REQUIRED = ()

    source_type: UpdateSourceType | Unset = UNSET
    source_external_id: UpdateSourceExternalId | Unset = UNSET
    target_type: UpdateTargetType | Unset = UNSET
    target_external_id: UpdateTargetExternalId | Unset = UNSET
    confidence: RemoveField | SetConfidence | Unset = UNSET
    start_time: RemoveField | SetStartTime | Unset = UNSET
    end_time: RemoveField | SetEndTime | Unset = UNSET
    data_set_id: RemoveField | SetDataSetIdObject | Unset = UNSET
    labels: LabelsAddRemove | LabelsSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.to_dict()

        source_external_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_external_id, Unset):
            source_external_id = self.source_external_id.to_dict()

        target_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_type, Unset):
            target_type = self.target_type.to_dict()

        target_external_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_external_id, Unset):
            target_external_id = self.target_external_id.to_dict()

        confidence: dict[str, Any] | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence.to_dict()

        start_time: dict[str, Any] | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time.to_dict()

        end_time: dict[str, Any] | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time.to_dict()

        data_set_id: dict[str, Any] | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id.to_dict()

        labels: dict[str, Any] | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        else:
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if source_external_id is not UNSET:
            field_dict["sourceExternalId"] = source_external_id
        if target_type is not UNSET:
            field_dict["targetType"] = target_type
        if target_external_id is not UNSET:
            field_dict["targetExternalId"] = target_external_id
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labels_add_remove import LabelsAddRemove  # noqa: PLC0415
        from ..models.labels_set import LabelsSet  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_confidence import SetConfidence  # noqa: PLC0415
        from ..models.set_data_set_id_object import SetDataSetIdObject  # noqa: PLC0415
        from ..models.set_end_time import SetEndTime  # noqa: PLC0415
        from ..models.set_start_time import SetStartTime  # noqa: PLC0415
        from ..models.update_source_external_id import UpdateSourceExternalId  # noqa: PLC0415
        from ..models.update_source_type import UpdateSourceType  # noqa: PLC0415
        from ..models.update_target_external_id import UpdateTargetExternalId  # noqa: PLC0415
        from ..models.update_target_type import UpdateTargetType  # noqa: PLC0415

        d = dict(src_dict)
        _source_type = d.pop("sourceType", UNSET)
        source_type: UpdateSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = UpdateSourceType.from_dict(_source_type)

        _source_external_id = d.pop("sourceExternalId", UNSET)
        source_external_id: UpdateSourceExternalId | Unset
        if isinstance(_source_external_id, Unset):
            source_external_id = UNSET
        else:
            source_external_id = UpdateSourceExternalId.from_dict(_source_external_id)

        _target_type = d.pop("targetType", UNSET)
        target_type: UpdateTargetType | Unset
        if isinstance(_target_type, Unset):
            target_type = UNSET
        else:
            target_type = UpdateTargetType.from_dict(_target_type)

        _target_external_id = d.pop("targetExternalId", UNSET)
        target_external_id: UpdateTargetExternalId | Unset
        if isinstance(_target_external_id, Unset):
            target_external_id = UNSET
        else:
            target_external_id = UpdateTargetExternalId.from_dict(_target_external_id)

        def _parse_confidence(data: object) -> RemoveField | SetConfidence | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetConfidence, RemoveField))

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        def _parse_start_time(data: object) -> RemoveField | SetStartTime | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStartTime, RemoveField))

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> RemoveField | SetEndTime | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetEndTime, RemoveField))

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_data_set_id(data: object) -> RemoveField | SetDataSetIdObject | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetDataSetIdObject, RemoveField))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        def _parse_labels(data: object) -> LabelsAddRemove | LabelsSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (LabelsAddRemove, LabelsSet))

        labels = _parse_labels(d.pop("labels", UNSET))

        relationship_update_content = cls(
            source_type=source_type,
            source_external_id=source_external_id,
            target_type=target_type,
            target_external_id=target_external_id,
            confidence=confidence,
            start_time=start_time,
            end_time=end_time,
            data_set_id=data_set_id,
            labels=labels,
        )

        relationship_update_content.additional_properties = d
        return relationship_update_content
