from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.debug_response import DebugResponse
    from ..models.query_response_items import QueryResponseItems
    from ..models.query_response_next_cursor import QueryResponseNextCursor
    from ..models.query_response_typing import QueryResponseTyping


T = TypeVar("T", bound="QueryResponse")


@_attrs_define
class QueryResponse(AdditionalProperties):
    """
    Attributes:
        items (QueryResponseItems):
        next_cursor (QueryResponseNextCursor):
        typing (QueryResponseTyping | Unset): Property type information for selected result expressions.
        debug (DebugResponse | Unset): Contains debug notices if debug flag is set in the query.
    """

    _FIT = {
        "items": ("m", "QueryResponseItems"),
        "nextCursor": ("m", "QueryResponseNextCursor"),
        "typing": ("m", "QueryResponseTyping"),
        "debug": ("m", "DebugResponse"),
    }
    _REQUIRED = ("items", "nextCursor")

    items: QueryResponseItems
    next_cursor: QueryResponseNextCursor
    typing: QueryResponseTyping | Unset = UNSET
    debug: DebugResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = self.items.to_dict()

        next_cursor = self.next_cursor.to_dict()

        typing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.typing, Unset):
            typing = self.typing.to_dict()

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "nextCursor": next_cursor,
            }
        )
        if typing is not UNSET:
            field_dict["typing"] = typing
        if debug is not UNSET:
            field_dict["debug"] = debug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.debug_response import DebugResponse  # noqa: PLC0415
        from ..models.query_response_items import QueryResponseItems  # noqa: PLC0415
        from ..models.query_response_next_cursor import QueryResponseNextCursor  # noqa: PLC0415
        from ..models.query_response_typing import QueryResponseTyping  # noqa: PLC0415

        d = dict(src_dict)
        items = QueryResponseItems.from_dict(d.pop("items"))

        next_cursor = QueryResponseNextCursor.from_dict(d.pop("nextCursor"))

        _typing = d.pop("typing", UNSET)
        typing: QueryResponseTyping | Unset
        if isinstance(_typing, Unset):
            typing = UNSET
        else:
            typing = QueryResponseTyping.from_dict(_typing)

        _debug = d.pop("debug", UNSET)
        debug: DebugResponse | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = DebugResponse.from_dict(_debug)

        query_response = cls(
            items=items,
            next_cursor=next_cursor,
            typing=typing,
            debug=debug,
        )

        query_response.additional_properties = d
        return query_response
