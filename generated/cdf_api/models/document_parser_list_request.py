from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.document_parser_filter import DocumentParserFilter


T = TypeVar("T", bound="DocumentParserListRequest")


@_attrs_define
class DocumentParserListRequest(AdditionalProperties):
    """
    Attributes:
        limit (int | Unset):
        filter_ (DocumentParserFilter | Unset):
        cursor (str | Unset): Cursor for paging through results.
    """

    _FIT = {"limit": "i", "filter": ("m", "DocumentParserFilter"), "cursor": "s"}
    _REQUIRED = ()

    limit: int | Unset = UNSET
    filter_: DocumentParserFilter | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_parser_filter import DocumentParserFilter  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: DocumentParserFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = DocumentParserFilter.from_dict(_filter_)

        cursor = d.pop("cursor", UNSET)

        document_parser_list_request = cls(
            limit=limit,
            filter_=filter_,
            cursor=cursor,
        )

        document_parser_list_request.additional_properties = d
        return document_parser_list_request
