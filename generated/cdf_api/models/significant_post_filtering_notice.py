from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SignificantPostFilteringNotice")


@_attrs_define
class SignificantPostFilteringNotice(AdditionalProperties):
    """
    Attributes:
        code (Literal['significantPostFiltering']):
        category (Literal['filtering']):
        level (Literal['warning']):
        hint (str):
        grade (Literal['C']):
        result_expression (str): Identifier for the result set expression that the notice applies to.
        limit (int): The specified limit for the result expression.
        max_involved_rows (int): Number of rows of data that is internally processed. Value gives an indication of the
            complexity of evaluating the query.
    """

    _FIT = {
        "code": ("c", "significantPostFiltering"),
        "category": ("c", "filtering"),
        "level": ("c", "warning"),
        "hint": "s",
        "grade": ("c", "C"),
        "resultExpression": "s",
        "limit": "i",
        "maxInvolvedRows": "i",
    }
    _REQUIRED = ("code", "category", "level", "hint", "grade", "resultExpression", "limit", "maxInvolvedRows")

    code: Literal["significantPostFiltering"]
    category: Literal["filtering"]
    level: Literal["warning"]
    hint: str
    grade: Literal["C"]
    result_expression: str
    limit: int
    max_involved_rows: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category

        level = self.level

        hint = self.hint

        grade = self.grade

        result_expression = self.result_expression

        limit = self.limit

        max_involved_rows = self.max_involved_rows

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
                "limit": limit,
                "maxInvolvedRows": max_involved_rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal["significantPostFiltering"], d.pop("code"))
        if code != "significantPostFiltering":
            raise ValueError(f"code must match const 'significantPostFiltering', got '{code}'")

        category = cast(Literal["filtering"], d.pop("category"))
        if category != "filtering":
            raise ValueError(f"category must match const 'filtering', got '{category}'")

        level = cast(Literal["warning"], d.pop("level"))
        if level != "warning":
            raise ValueError(f"level must match const 'warning', got '{level}'")

        hint = d.pop("hint")

        grade = cast(Literal["C"], d.pop("grade"))
        if grade != "C":
            raise ValueError(f"grade must match const 'C', got '{grade}'")

        result_expression = d.pop("resultExpression")

        limit = d.pop("limit")

        max_involved_rows = d.pop("maxInvolvedRows")

        significant_post_filtering_notice = cls(
            code=code,
            category=category,
            level=level,
            hint=hint,
            grade=grade,
            result_expression=result_expression,
            limit=limit,
            max_involved_rows=max_involved_rows,
        )

        significant_post_filtering_notice.additional_properties = d
        return significant_post_filtering_notice
