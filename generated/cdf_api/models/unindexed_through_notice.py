from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UnindexedThroughNotice")


@_attrs_define
class UnindexedThroughNotice(AdditionalProperties):
    """
    Attributes:
        code (Literal['unindexedThrough']):
        category (Literal['indexing']):
        level (Literal['warning']):
        hint (str):
        grade (Literal['E']):
        result_expression (str): Identifier for the result set expression that the notice applies to.
        property_ (list[str]): Reference to the property that the notice applies to.
    """

    _FIT = {
        "code": ("c", "unindexedThrough"),
        "category": ("c", "indexing"),
        "level": ("c", "warning"),
        "hint": "s",
        "grade": ("c", "E"),
        "resultExpression": "s",
        "property": ("l", "s"),
    }
    _REQUIRED = ("code", "category", "level", "hint", "grade", "resultExpression", "property")

    code: Literal["unindexedThrough"]
    category: Literal["indexing"]
    level: Literal["warning"]
    hint: str
    grade: Literal["E"]
    result_expression: str
    property_: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category

        level = self.level

        hint = self.hint

        grade = self.grade

        result_expression = self.result_expression

        property_ = self.property_

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
                "property": property_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal["unindexedThrough"], d.pop("code"))
        if code != "unindexedThrough":
            raise ValueError(f"code must match const 'unindexedThrough', got '{code}'")

        category = cast(Literal["indexing"], d.pop("category"))
        if category != "indexing":
            raise ValueError(f"category must match const 'indexing', got '{category}'")

        level = cast(Literal["warning"], d.pop("level"))
        if level != "warning":
            raise ValueError(f"level must match const 'warning', got '{level}'")

        hint = d.pop("hint")

        grade = cast(Literal["E"], d.pop("grade"))
        if grade != "E":
            raise ValueError(f"grade must match const 'E', got '{grade}'")

        result_expression = d.pop("resultExpression")

        property_ = cast(list[str], d.pop("property"))

        unindexed_through_notice = cls(
            code=code,
            category=category,
            level=level,
            hint=hint,
            grade=grade,
            result_expression=result_expression,
            property_=property_,
        )

        unindexed_through_notice.additional_properties = d
        return unindexed_through_notice
