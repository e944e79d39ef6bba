from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.kafka_job_config import KafkaJobConfig
    from ..models.mqtt_job_config import MQTTJobConfig
    from ..models.rest_job_config import RestJobConfig


T = TypeVar("T", bound="UpdateItemJobConfig")


@_attrs_define
class UpdateItemJobConfig(AdditionalProperties):
    """Set a new source specific job config.

    Attributes:
        set_ (KafkaJobConfig | MQTTJobConfig | RestJobConfig | Unset): Source specific job configuration. The type
            depends on the type of source, and is required for some sources.
    """

    _FIT = {"set": ("u", (("m", "MQTTJobConfig"), ("m", "KafkaJobConfig"), ("m", "RestJobConfig")))}
    _REQUIRED = ()

    set_: KafkaJobConfig | MQTTJobConfig | RestJobConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: dict[str, Any] | Unset
        if isinstance(self.set_, Unset):
            set_ = UNSET
        else:
            set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kafka_job_config import KafkaJobConfig  # noqa: PLC0415
        from ..models.mqtt_job_config import MQTTJobConfig  # noqa: PLC0415
        from ..models.rest_job_config import RestJobConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(data: object) -> KafkaJobConfig | MQTTJobConfig | RestJobConfig | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (MQTTJobConfig, KafkaJobConfig, RestJobConfig))

        set_ = _parse_set_(d.pop("set", UNSET))

        update_item_job_config = cls(
            set_=set_,
        )

        update_item_job_config.additional_properties = d
        return update_item_job_config
