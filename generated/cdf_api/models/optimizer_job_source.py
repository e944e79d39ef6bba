from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId


T = TypeVar("T", bound="OptimizerJobSource")


@_attrs_define
class OptimizerJobSource(AdditionalProperties):
    """
    Attributes:
        instance_id (CogniteInstanceId): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
        type_ (Literal['CogniteFile']):
    """

    _FIT = {"instanceId": ("m", "CogniteInstanceId"), "type": ("c", "CogniteFile")}
    _REQUIRED = ("instanceId", "type")

    instance_id: CogniteInstanceId
    type_: Literal["CogniteFile"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceId": instance_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        instance_id = CogniteInstanceId.from_dict(d.pop("instanceId"))

        type_ = cast(Literal["CogniteFile"], d.pop("type"))
        if type_ != "CogniteFile":
            raise ValueError(f"type must match const 'CogniteFile', got '{type_}'")

        optimizer_job_source = cls(
            instance_id=instance_id,
            type_=type_,
        )

        optimizer_job_source.additional_properties = d
        return optimizer_job_source
