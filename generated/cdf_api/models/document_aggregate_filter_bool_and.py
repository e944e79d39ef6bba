from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.document_aggregate_filter_bool_not import DocumentAggregateFilterBoolNot
    from ..models.document_aggregate_filter_bool_or import DocumentAggregateFilterBoolOr
    from ..models.document_aggregate_filter_prefix import DocumentAggregateFilterPrefix


T = TypeVar("T", bound="DocumentAggregateFilterBoolAnd")


@_attrs_define
class DocumentAggregateFilterBoolAnd(AdditionalProperties):
    """
    Attributes:
        and_ (list[DocumentAggregateFilterBoolAnd | DocumentAggregateFilterBoolNot | DocumentAggregateFilterBoolOr |
            DocumentAggregateFilterPrefix]): All of the sub-clauses in the query must appear in matching items. Example:
            [{'prefix': {'property': ['name'], 'value': 'Report'}}, {'equals': {'property': ['type'], 'value': 'PDF'}}].
    """

    _FIT = {
        "and": (
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
    _REQUIRED = ("and",)

    and_: list[
        DocumentAggregateFilterBoolAnd
        | DocumentAggregateFilterBoolNot
        | DocumentAggregateFilterBoolOr
        | DocumentAggregateFilterPrefix
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        and_ = []
        for and_item_data in self.and_:
            and_item: dict[str, Any]
            and_item = and_item_data.to_dict()

            and_.append(and_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "and": and_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_aggregate_filter_bool_not import DocumentAggregateFilterBoolNot  # noqa: PLC0415
        from ..models.document_aggregate_filter_bool_or import DocumentAggregateFilterBoolOr  # noqa: PLC0415
        from ..models.document_aggregate_filter_prefix import DocumentAggregateFilterPrefix  # noqa: PLC0415

        d = dict(src_dict)
        and_ = []
        _and_ = d.pop("and")
        for and_item_data in _and_:

            def _parse_and_item(
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

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        document_aggregate_filter_bool_and = cls(
            and_=and_,
        )

        document_aggregate_filter_bool_and.additional_properties = d
        return document_aggregate_filter_bool_and
