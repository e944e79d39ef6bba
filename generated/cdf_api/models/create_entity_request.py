from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility import Visibility
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.create_entity_request_data import CreateEntityRequestData


T = TypeVar("T", bound="CreateEntityRequest")


@_attrs_define
class CreateEntityRequest(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        visibility (Visibility | Unset):
        data (CreateEntityRequestData | Unset):
    """

    _FIT = {"externalId": "s", "visibility": "s", "data": ("m", "CreateEntityRequestData")}
    _REQUIRED = ("externalId",)

    external_id: str
    visibility: Visibility | Unset = UNSET
    data: CreateEntityRequestData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_entity_request_data import CreateEntityRequestData  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        _visibility = d.pop("visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = Visibility(_visibility)

        _data = d.pop("data", UNSET)
        data: CreateEntityRequestData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CreateEntityRequestData.from_dict(_data)

        create_entity_request = cls(
            external_id=external_id,
            visibility=visibility,
            data=data,
        )

        create_entity_request.additional_properties = d
        return create_entity_request
