from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.document_aggregate_filter_bool_and import DocumentAggregateFilterBoolAnd
    from ..models.document_aggregate_filter_bool_or import DocumentAggregateFilterBoolOr
    from ..models.document_aggregate_filter_prefix import DocumentAggregateFilterPrefix


T = TypeVar("T", bound="DocumentAggregateFilterBoolNot")


@_attrs_define
class DocumentAggregateFilterBoolNot(AdditionalProperties):
    """
    Attributes:
        not_ (DocumentAggregateFilterBoolAnd | DocumentAggregateFilterBoolNot | DocumentAggregateFilterBoolOr |
            DocumentAggregateFilterPrefix): A JSON based filtering language. See detailed documentation above.
    """

    _FIT = {
        "not": (
            "u",
            (
                ("m", "DocumentAggregateFilterBoolAnd"),
                ("m", "DocumentAggregateFilterBoolOr"),
                ("m", "DocumentAggregateFilterBoolNot"),
                ("m", "DocumentAggregateFilterPrefix"),
            ),
        )
    }
    _REQUIRED = ("not",)

    not_: (
        DocumentAggregateFilterBoolAnd
        | DocumentAggregateFilterBoolNot
        | DocumentAggregateFilterBoolOr
        | DocumentAggregateFilterPrefix
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        not_: dict[str, Any]
        not_ = self.not_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "not": not_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_aggregate_filter_bool_and import DocumentAggregateFilterBoolAnd  # noqa: PLC0415
        from ..models.document_aggregate_filter_bool_or import DocumentAggregateFilterBoolOr  # noqa: PLC0415
        from ..models.document_aggregate_filter_prefix import DocumentAggregateFilterPrefix  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(
            data: object,
        ) -> (
            DocumentAggregateFilterBoolAnd
            | DocumentAggregateFilterBoolNot
            | DocumentAggregateFilterBoolOr
            | DocumentAggregateFilterPrefix
        ):
            return parse_best(
                data,
                (
                    DocumentAggregateFilterBoolAnd,
                    DocumentAggregateFilterBoolOr,
                    DocumentAggregateFilterBoolNot,
                    DocumentAggregateFilterPrefix,
                ),
            )

        not_ = _parse_not_(d.pop("not"))

        document_aggregate_filter_bool_not = cls(
            not_=not_,
        )

        document_aggregate_filter_bool_not.additional_properties = d
        return document_aggregate_filter_bool_not
