from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="NoTimeoutWithResultsNotice")


@_attrs_define
class NoTimeoutWithResultsNotice(AdditionalProperties):
    """
    Attributes:
        code (Literal['noTimeoutWithResults']):
        category (Literal['invalidDebugOptions']):
        level (Literal['warning']):
        hint (str):
    """

    _FIT = {
        "code": ("c", "noTimeoutWithResults"),
        "category": ("c", "invalidDebugOptions"),
        "level": ("c", "warning"),
        "hint": "s",
    }
    _REQUIRED = ("code", "category", "level", "hint")

    code: Literal["noTimeoutWithResults"]
    category: Literal["invalidDebugOptions"]
    level: Literal["warning"]
    hint: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category

        level = self.level

        hint = self.hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "category": category,
                "level": level,
                "hint": hint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal["noTimeoutWithResults"], d.pop("code"))
        if code != "noTimeoutWithResults":
            raise ValueError(f"code must match const 'noTimeoutWithResults', got '{code}'")

        category = cast(Literal["invalidDebugOptions"], d.pop("category"))
        if category != "invalidDebugOptions":
            raise ValueError(f"category must match const 'invalidDebugOptions', got '{category}'")

        level = cast(Literal["warning"], d.pop("level"))
        if level != "warning":
            raise ValueError(f"level must match const 'warning', got '{level}'")

        hint = d.pop("hint")

        no_timeout_with_results_notice = cls(
            code=code,
            category=category,
            level=level,
            hint=hint,
        )

        no_timeout_with_results_notice.additional_properties = d
        return no_timeout_with_results_notice
