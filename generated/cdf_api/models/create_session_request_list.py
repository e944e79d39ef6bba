from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.create_session_with_client_credentials_request import CreateSessionWithClientCredentialsRequest
    from ..models.create_session_with_oneshot_token_exchange_request import CreateSessionWithOneshotTokenExchangeRequest
    from ..models.create_session_with_token_exchange_request import CreateSessionWithTokenExchangeRequest


T = TypeVar("T", bound="CreateSessionRequestList")


@_attrs_define
class CreateSessionRequestList(AdditionalProperties):
    """
    Attributes:
        items (list[CreateSessionWithClientCredentialsRequest | CreateSessionWithOneshotTokenExchangeRequest |
            CreateSessionWithTokenExchangeRequest] | Unset):
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "CreateSessionWithClientCredentialsRequest"),
                    ("m", "CreateSessionWithTokenExchangeRequest"),
                    ("m", "CreateSessionWithOneshotTokenExchangeRequest"),
                ),
            ),
        )
    }
    _REQUIRED = ()

    items: (
        list[
            CreateSessionWithClientCredentialsRequest
            | CreateSessionWithOneshotTokenExchangeRequest
            | CreateSessionWithTokenExchangeRequest
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                items_item = items_item_data.to_dict()

                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_session_with_client_credentials_request import CreateSessionWithClientCredentialsRequest  # noqa: PLC0415
        from ..models.create_session_with_oneshot_token_exchange_request import (
            CreateSessionWithOneshotTokenExchangeRequest,  # noqa: PLC0415
        )
        from ..models.create_session_with_token_exchange_request import CreateSessionWithTokenExchangeRequest  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: (
            list[
                CreateSessionWithClientCredentialsRequest
                | CreateSessionWithOneshotTokenExchangeRequest
                | CreateSessionWithTokenExchangeRequest
            ]
            | Unset
        ) = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> (
                    CreateSessionWithClientCredentialsRequest
                    | CreateSessionWithOneshotTokenExchangeRequest
                    | CreateSessionWithTokenExchangeRequest
                ):
                    return parse_best(
                        data,
                        (
                            CreateSessionWithClientCredentialsRequest,
                            CreateSessionWithTokenExchangeRequest,
                            CreateSessionWithOneshotTokenExchangeRequest,
                        ),
                    )

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        create_session_request_list = cls(
            items=items,
        )

        create_session_request_list.additional_properties = d
        return create_session_request_list
