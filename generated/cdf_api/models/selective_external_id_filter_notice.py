from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SelectiveExternalIDFilterNotice")


@_attrs_define
class SelectiveExternalIDFilterNotice(AdditionalProperties):
    """
    Attributes:
        code (Literal['selectiveExternalIDFilter']):
        category (Literal['filtering']):
        level (Literal['info']):
        hint (str):
        grade (Literal['A']):
        result_expression (str): Identifier for the result set expression that the notice applies to.
        via_from (str | Unset): Identifier for a result set. Indicates that the notice is inherited from this result
            expression.
    """

    _FIT = {
        "code": ("c", "selectiveExternalIDFilter"),
        "category": ("c", "filtering"),
        "level": ("c", "info"),
        "hint": "s",
        "grade": ("c", "A"),
        "resultExpression": "s",
        "viaFrom": "s",
    }
    _REQUIRED = ("code", "category", "level", "hint", "grade", "resultExpression")

    code: Literal["selectiveExternalIDFilter"]
    category: Literal["filtering"]
    level: Literal["info"]
    hint: str
    grade: Literal["A"]
    result_expression: str
    via_from: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category

        level = self.level

        hint = self.hint

        grade = self.grade

        result_expression = self.result_expression

        via_from = self.via_from

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
        if via_from is not UNSET:
            field_dict["viaFrom"] = via_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal["selectiveExternalIDFilter"], d.pop("code"))
        if code != "selectiveExternalIDFilter":
            raise ValueError(f"code must match const 'selectiveExternalIDFilter', got '{code}'")

        category = cast(Literal["filtering"], d.pop("category"))
        if category != "filtering":
            raise ValueError(f"category must match const 'filtering', got '{category}'")

        level = cast(Literal["info"], d.pop("level"))
        if level != "info":
            raise ValueError(f"level must match const 'info', got '{level}'")

        hint = d.pop("hint")

        grade = cast(Literal["A"], d.pop("grade"))
        if grade != "A":
            raise ValueError(f"grade must match const 'A', got '{grade}'")

        result_expression = d.pop("resultExpression")

        via_from = d.pop("viaFrom", UNSET)

        selective_external_id_filter_notice = cls(
            code=code,
            category=category,
            level=level,
            hint=hint,
            grade=grade,
            result_expression=result_expression,
            via_from=via_from,
        )

        selective_external_id_filter_notice.additional_properties = d
        return selective_external_id_filter_notice
