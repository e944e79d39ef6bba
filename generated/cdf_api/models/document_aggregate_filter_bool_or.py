from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.document_aggregate_filter_bool_and import DocumentAggregateFilterBoolAnd
    from ..models.document_aggregate_filter_bool_not import DocumentAggregateFilterBoolNot
    from ..models.document_aggregate_filter_prefix import DocumentAggregateFilterPrefix


T = TypeVar("T", bound="DocumentAggregateFilterBoolOr")


@_attrs_define
class DocumentAggregateFilterBoolOr:
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
        from ..models.document_aggregate_filter_bool_and import DocumentAggregateFilterBoolAnd  # noqa: PLC0415
        from ..models.document_aggregate_filter_bool_not import DocumentAggregateFilterBoolNot  # noqa: PLC0415

        or_ = []
        for or_item_data in self.or_:
            or_item: dict[str, Any]
            if isinstance(or_item_data, DocumentAggregateFilterBoolAnd):
                or_item = or_item_data.to_dict()
            elif isinstance(or_item_data, DocumentAggregateFilterBoolOr):
                or_item = or_item_data.to_dict()
            elif isinstance(or_item_data, DocumentAggregateFilterBoolNot):
                or_item = or_item_data.to_dict()
            else:
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
                if isinstance(data, dict):
                    _ranked = best_first(
                        data,
                        (
                            DocumentAggregateFilterBoolAnd,
                            DocumentAggregateFilterBoolOr,
                            DocumentAggregateFilterBoolNot,
                            DocumentAggregateFilterPrefix,
                        ),
                    )
                    for _cls in _ranked[:-1]:
                        try:
                            return _cls.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _ranked[-1].from_dict(data)
                raise TypeError(f"expected an object, got {type(data).__name__}")

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        document_aggregate_filter_bool_or = cls(
            or_=or_,
        )

        document_aggregate_filter_bool_or.additional_properties = d
        return document_aggregate_filter_bool_or

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
