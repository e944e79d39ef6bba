from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.instance_id import InstanceId


T = TypeVar("T", bound="DataWithLinksFileInstanceId")


@_attrs_define
class DataWithLinksFileInstanceId(AdditionalProperties):
    """
    Attributes:
        instance_id (InstanceId):
        download_url (str | Unset):
    """

    _FIT = {"instanceId": ("m", "InstanceId"), "downloadUrl": "s"}
    _REQUIRED = ("instanceId",)

    instance_id: InstanceId
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id.to_dict()

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceId": instance_id,
            }
        )
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_id import InstanceId  # noqa: PLC0415

        d = dict(src_dict)
        instance_id = InstanceId.from_dict(d.pop("instanceId"))

        download_url = d.pop("downloadUrl", UNSET)

        data_with_links_file_instance_id = cls(
            instance_id=instance_id,
            download_url=download_url,
        )

        data_with_links_file_instance_id.additional_properties = d
        return data_with_links_file_instance_id
