from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.update_event_hub_source import UpdateEventHubSource


T = TypeVar("T", bound="UpdateEventHubSourceItem")


@_attrs_define
class UpdateEventHubSourceItem(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['eventhub']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        update (UpdateEventHubSource):
    """

    _FIT = {"type": ("c", "eventhub"), "externalId": "s", "update": ("m", "UpdateEventHubSource")}
    _REQUIRED = ("type", "externalId", "update")

    type_: Literal["eventhub"]
    external_id: str
    update: UpdateEventHubSource
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
        from ..models.update_event_hub_source import UpdateEventHubSource  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["eventhub"], d.pop("type"))
        if type_ != "eventhub":
            raise ValueError(f"type must match const 'eventhub', got '{type_}'")

        external_id = d.pop("externalId")

        update = UpdateEventHubSource.from_dict(d.pop("update"))

        update_event_hub_source_item = cls(
            type_=type_,
            external_id=external_id,
            update=update,
        )

        update_event_hub_source_item.additional_properties = d
        return update_event_hub_source_item
