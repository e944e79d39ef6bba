from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.instance_id_ai import InstanceIdAI


T = TypeVar("T", bound="DocumentInstanceId")


@_attrs_define
class DocumentInstanceId(AdditionalProperties):
    """
    Attributes:
        instance_id (InstanceIdAI):
    """

    _FIT = {"instanceId": ("m", "InstanceIdAI")}
    _REQUIRED = ("instanceId",)

    instance_id: InstanceIdAI
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceId": instance_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_id_ai import InstanceIdAI  # noqa: PLC0415

        d = dict(src_dict)
        instance_id = InstanceIdAI.from_dict(d.pop("instanceId"))

        document_instance_id = cls(
            instance_id=instance_id,
        )

        document_instance_id.additional_properties = d
        return document_instance_id
