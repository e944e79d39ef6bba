from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="IntractableCursorWithNestedFilterNotice")


@_attrs_define
class IntractableCursorWithNestedFilterNotice(AdditionalProperties):
    """Emitted when a query supplies both a cursor and a nested filter on the same result set expression. Nested filters
    require a join that invalidates cursor positions, making pagination results unreliable.

        Attributes:
            code (Literal['intractableCursorWithNestedFilter']):
            category (Literal['cursoring']):
            level (Literal['warning']):
            grade (Literal['D']):
            hint (str): A user-friendly message explaining why cursoring is intractable with a nested filter.
            result_expression (str): Identifier for the result set expression that the notice applies to.
    """

    _FIT = {
        "code": ("c", "intractableCursorWithNestedFilter"),
        "category": ("c", "cursoring"),
        "level": ("c", "warning"),
        "grade": ("c", "D"),
        "hint": "s",
        "resultExpression": "s",
    }
    _REQUIRED = ("code", "category", "level", "grade", "hint", "resultExpression")

    code: Literal["intractableCursorWithNestedFilter"]
    category: Literal["cursoring"]
    level: Literal["warning"]
    grade: Literal["D"]
    hint: str
    result_expression: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category

        level = self.level

        grade = self.grade

        hint = self.hint

        result_expression = self.result_expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "category": category,
                "level": level,
                "grade": grade,
                "hint": hint,
                "resultExpression": result_expression,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal["intractableCursorWithNestedFilter"], d.pop("code"))
        if code != "intractableCursorWithNestedFilter":
            raise ValueError(f"code must match const 'intractableCursorWithNestedFilter', got '{code}'")

        category = cast(Literal["cursoring"], d.pop("category"))
        if category != "cursoring":
            raise ValueError(f"category must match const 'cursoring', got '{category}'")

        level = cast(Literal["warning"], d.pop("level"))
        if level != "warning":
            raise ValueError(f"level must match const 'warning', got '{level}'")

        grade = cast(Literal["D"], d.pop("grade"))
        if grade != "D":
            raise ValueError(f"grade must match const 'D', got '{grade}'")

        hint = d.pop("hint")

        result_expression = d.pop("resultExpression")

        intractable_cursor_with_nested_filter_notice = cls(
            code=code,
            category=category,
            level=level,
            grade=grade,
            hint=hint,
            result_expression=result_expression,
        )

        intractable_cursor_with_nested_filter_notice.additional_properties = d
        return intractable_cursor_with_nested_filter_notice
