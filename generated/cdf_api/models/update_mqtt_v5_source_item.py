from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.update_mqtt_v5_source import UpdateMqttV5Source


T = TypeVar("T", bound="UpdateMqttV5SourceItem")


@_attrs_define
class UpdateMqttV5SourceItem(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['mqtt5']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        update (UpdateMqttV5Source):
    """

    _FIT = {"type": ("c", "mqtt5"), "externalId": "s", "update": ("m", "UpdateMqttV5Source")}
    _REQUIRED = ("type", "externalId", "update")

    type_: Literal["mqtt5"]
    external_id: str
    update: UpdateMqttV5Source
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_mqtt_v5_source import UpdateMqttV5Source  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mqtt5"], d.pop("type"))
        if type_ != "mqtt5":
            raise ValueError(f"type must match const 'mqtt5', got '{type_}'")

        external_id = d.pop("externalId")

        update = UpdateMqttV5Source.from_dict(d.pop("update"))

        update_mqtt_v5_source_item = cls(
            type_=type_,
            external_id=external_id,
            update=update,
        )

        update_mqtt_v5_source_item.additional_properties = d
        return update_mqtt_v5_source_item
