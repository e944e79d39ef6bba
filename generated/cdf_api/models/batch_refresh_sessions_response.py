from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.batch_update_failure import BatchUpdateFailure
    from ..models.session_token_response import SessionTokenResponse


T = TypeVar("T", bound="BatchRefreshSessionsResponse")


@_attrs_define
class BatchRefreshSessionsResponse(AdditionalProperties):
    """A list of refreshed sessions. If the session could not be refreshed, it will not appear in this list.

    Attributes:
        items (list[SessionTokenResponse] | Unset):
        failed (list[BatchUpdateFailure] | Unset):
    """

    _FIT = {"items": ("l", ("m", "SessionTokenResponse")), "failed": ("l", ("m", "BatchUpdateFailure"))}
    _REQUIRED = ()

    items: list[SessionTokenResponse] | Unset = UNSET
    failed: list[BatchUpdateFailure] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        failed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = []
            for failed_item_data in self.failed:
                failed_item = failed_item_data.to_dict()
                failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_update_failure import BatchUpdateFailure  # noqa: PLC0415
        from ..models.session_token_response import SessionTokenResponse  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[SessionTokenResponse] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = SessionTokenResponse.from_dict(items_item_data)

                items.append(items_item)

        _failed = d.pop("failed", UNSET)
        failed: list[BatchUpdateFailure] | Unset = UNSET
        if _failed is not UNSET:
            failed = []
            for failed_item_data in _failed:
                failed_item = BatchUpdateFailure.from_dict(failed_item_data)

                failed.append(failed_item)

        batch_refresh_sessions_response = cls(
            items=items,
            failed=failed,
        )

        batch_refresh_sessions_response.additional_properties = d
        return batch_refresh_sessions_response
