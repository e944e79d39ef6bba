from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UserHistoryAppItem")


@_attrs_define
class UserHistoryAppItem(AdditionalProperties):
    """
    Attributes:
        app (str): Unique app identifier
    """

    _FIT = {"app": "s"}
    _REQUIRED = ("app",)

    app: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app = self.app

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app": app,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app = d.pop("app")

        user_history_app_item = cls(
            app=app,
        )

        user_history_app_item.additional_properties = d
        return user_history_app_item
