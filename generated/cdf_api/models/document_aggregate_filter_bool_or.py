from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.document_aggregate_filter_bool_and import DocumentAggregateFilterBoolAnd
    from ..models.document_aggregate_filter_bool_not import DocumentAggregateFilterBoolNot
    from ..models.document_aggregate_filter_prefix import DocumentAggregateFilterPrefix


T = TypeVar("T", bound="DocumentAggregateFilterBoolOr")


@_attrs_define
class DocumentAggregateFilterBoolOr(AdditionalProperties):
    """
    Attributes:
        or_ (list[DocumentAggregateFilterBoolAnd | DocumentAggregateFilterBoolNot | DocumentAggregateFilterBoolOr |
            DocumentAggregateFilterPrefix]): At least one of the sub-clauses in the query must appear in matching items.
            Example: [{'prefix': {'property': ['name'], 'value': 'Report'}}, {'prefix': {'property': ['name'], 'value':
            'Summary'}}].
    """

    _FIT = {
        "or": (
            "l",
            (
                "u",
                (
                    ("m", "DocumentAggregateFilterBoolAnd"),
                    ("m", "DocumentAggregateFilterBoolOr"),
                    ("m", "DocumentAggregateFilterBoolNot"),
                    ("m", "DocumentAggregateFilterPrefix"),
                ),
            ),
        )
    }
    _REQUIRED = ("or",)

    or_: list[
        DocumentAggregateFilterBoolAnd
        | DocumentAggregateFilterBoolNot
        | DocumentAggregateFilterBoolOr
        | DocumentAggregateFilterPrefix
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        or_ = []
        for or_item_data in self.or_:
            or_item: dict[str, Any]
            or_item = or_item_data.to_dict()

            or_.append(or_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "or": or_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_aggregate_filter_bool_and import DocumentAggregateFilterBoolAnd  # noqa: PLC0415
        from ..models.document_aggregate_filter_bool_not import DocumentAggregateFilterBoolNot  # noqa: PLC0415
        from ..models.document_aggregate_filter_prefix import DocumentAggregateFilterPrefix  # noqa: PLC0415

        d = dict(src_dict)
        or_ = []
        _or_ = d.pop("or")
        for or_item_data in _or_:

            def _parse_or_item(
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

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        document_aggregate_filter_bool_or = cls(
            or_=or_,
        )

        document_aggregate_filter_bool_or.additional_properties = d
        return document_aggregate_filter_bool_or
