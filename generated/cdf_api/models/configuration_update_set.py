from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.ext_pipe_notification_configuration import ExtPipeNotificationConfiguration


T = TypeVar("T", bound="ConfigurationUpdateSet")


@_attrs_define
class ConfigurationUpdateSet(AdditionalProperties):
    """
    Attributes:
        set_ (ExtPipeNotificationConfiguration | Unset):
    """

    _FIT = {"set": ("m", "ExtPipeNotificationConfiguration")}
    _REQUIRED = ()

    set_: ExtPipeNotificationConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.set_, Unset):
            set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ext_pipe_notification_configuration import ExtPipeNotificationConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        _set_ = d.pop("set", UNSET)
        set_: ExtPipeNotificationConfiguration | Unset
        if isinstance(_set_, Unset):
            set_ = UNSET
        else:
            set_ = ExtPipeNotificationConfiguration.from_dict(_set_)

        configuration_update_set = cls(
            set_=set_,
        )

        configuration_update_set.additional_properties = d
        return configuration_update_set
