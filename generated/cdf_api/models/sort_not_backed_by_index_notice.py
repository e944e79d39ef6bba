from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.property_sort_v3 import PropertySortV3


T = TypeVar("T", bound="SortNotBackedByIndexNotice")


@_attrs_define
class SortNotBackedByIndexNotice(AdditionalProperties):
    """
    Attributes:
        code (Literal['sortNotBackedByIndex']):
        category (Literal['sorting']):
        level (Literal['warning']):
        hint (str):
        grade (Literal['C']):
        sort (list[PropertySortV3]):
        result_expression (str): Identifier for the result set expression that the notice applies to.
    """

    _FIT = {
        "code": ("c", "sortNotBackedByIndex"),
        "category": ("c", "sorting"),
        "level": ("c", "warning"),
        "hint": "s",
        "grade": ("c", "C"),
        "sort": ("l", ("m", "PropertySortV3")),
        "resultExpression": "s",
    }
    _REQUIRED = ("code", "category", "level", "hint", "grade", "sort", "resultExpression")

    code: Literal["sortNotBackedByIndex"]
    category: Literal["sorting"]
    level: Literal["warning"]
    hint: str
    grade: Literal["C"]
    sort: list[PropertySortV3]
    result_expression: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category

        level = self.level

        hint = self.hint

        grade = self.grade

        sort = []
        for sort_item_data in self.sort:
            sort_item = sort_item_data.to_dict()
            sort.append(sort_item)

        result_expression = self.result_expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "category": category,
                "level": level,
                "hint": hint,
                "grade": grade,
                "sort": sort,
                "resultExpression": result_expression,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_sort_v3 import PropertySortV3  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["sortNotBackedByIndex"], d.pop("code"))
        if code != "sortNotBackedByIndex":
            raise ValueError(f"code must match const 'sortNotBackedByIndex', got '{code}'")

        category = cast(Literal["sorting"], d.pop("category"))
        if category != "sorting":
            raise ValueError(f"category must match const 'sorting', got '{category}'")

        level = cast(Literal["warning"], d.pop("level"))
        if level != "warning":
            raise ValueError(f"level must match const 'warning', got '{level}'")

        hint = d.pop("hint")

        grade = cast(Literal["C"], d.pop("grade"))
        if grade != "C":
            raise ValueError(f"grade must match const 'C', got '{grade}'")

        sort = []
        _sort = d.pop("sort")
        for sort_item_data in _sort:
            sort_item = PropertySortV3.from_dict(sort_item_data)

            sort.append(sort_item)

        result_expression = d.pop("resultExpression")

        sort_not_backed_by_index_notice = cls(
            code=code,
            category=category,
            level=level,
            hint=hint,
            grade=grade,
            sort=sort,
            result_expression=result_expression,
        )

        sort_not_backed_by_index_notice.additional_properties = d
        return sort_not_backed_by_index_notice
