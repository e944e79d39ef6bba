from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_passages_filter_in_in import DocumentPassagesFilterInIn


T = TypeVar("T", bound="DocumentPassagesFilterIn")


@_attrs_define
class DocumentPassagesFilterIn(AdditionalProperties):
    """
    Attributes:
        in_ (DocumentPassagesFilterInIn): Matches items where the property matches one of the given values Example:
            {'property': ['id'], 'values': [6546, 45756456]}.
    """

    _FIT = {"in": ("m", "DocumentPassagesFilterInIn")}
    _REQUIRED = ("in",)

    in_: DocumentPassagesFilterInIn
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_ = self.in_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in": in_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_passages_filter_in_in import DocumentPassagesFilterInIn  # noqa: PLC0415

        d = dict(src_dict)
        in_ = DocumentPassagesFilterInIn.from_dict(d.pop("in"))

        document_passages_filter_in = cls(
            in_=in_,
        )

        document_passages_filter_in.additional_properties = d
        return document_passages_filter_in
