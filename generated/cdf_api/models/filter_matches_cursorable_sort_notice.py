from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_matches_cursorable_sort_notice_grade import FilterMatchesCursorableSortNoticeGrade
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.property_sort_v3 import PropertySortV3


T = TypeVar("T", bound="FilterMatchesCursorableSortNotice")


@_attrs_define
class FilterMatchesCursorableSortNotice(AdditionalProperties):
    """
    Attributes:
        code (Literal['filterMatchesCursorableSort']):
        category (Literal['sorting']):
        level (Literal['info']):
        hint (str):
        grade (FilterMatchesCursorableSortNoticeGrade):
        result_expression (str): Identifier for the result set expression that the notice applies to.
        sort (list[PropertySortV3] | Unset):
    """

    _FIT = {
        "code": ("c", "filterMatchesCursorableSort"),
        "category": ("c", "sorting"),
        "level": ("c", "info"),
        "hint": "s",
        "grade": "s",
        "resultExpression": "s",
        "sort": ("l", ("m", "PropertySortV3")),
    }
    _REQUIRED = ("code", "category", "level", "hint", "grade", "resultExpression")

    code: Literal["filterMatchesCursorableSort"]
    category: Literal["sorting"]
    level: Literal["info"]
    hint: str
    grade: FilterMatchesCursorableSortNoticeGrade
    result_expression: str
    sort: list[PropertySortV3] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category

        level = self.level

        hint = self.hint

        grade = self.grade.value

        result_expression = self.result_expression

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "category": category,
                "level": level,
                "hint": hint,
                "grade": grade,
                "resultExpression": result_expression,
            }
        )
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_sort_v3 import PropertySortV3  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["filterMatchesCursorableSort"], d.pop("code"))
        if code != "filterMatchesCursorableSort":
            raise ValueError(f"code must match const 'filterMatchesCursorableSort', got '{code}'")

        category = cast(Literal["sorting"], d.pop("category"))
        if category != "sorting":
            raise ValueError(f"category must match const 'sorting', got '{category}'")

        level = cast(Literal["info"], d.pop("level"))
        if level != "info":
            raise ValueError(f"level must match const 'info', got '{level}'")

        hint = d.pop("hint")

        grade = FilterMatchesCursorableSortNoticeGrade(d.pop("grade"))

        result_expression = d.pop("resultExpression")

        _sort = d.pop("sort", UNSET)
        sort: list[PropertySortV3] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = PropertySortV3.from_dict(sort_item_data)

                sort.append(sort_item)

        filter_matches_cursorable_sort_notice = cls(
            code=code,
            category=category,
            level=level,
            hint=hint,
            grade=grade,
            result_expression=result_expression,
            sort=sort,
        )

        filter_matches_cursorable_sort_notice.additional_properties = d
        return filter_matches_cursorable_sort_notice
