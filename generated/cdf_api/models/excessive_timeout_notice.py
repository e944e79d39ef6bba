from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ExcessiveTimeoutNotice")


@_attrs_define
class ExcessiveTimeoutNotice(AdditionalProperties):
    """
    Attributes:
        code (Literal['excessiveTimeout']):
        category (Literal['invalidDebugOptions']):
        level (Literal['warning']):
        hint (str):
        timeout (int): The specified timeout for the query.
    """

    _FIT = {
        "code": ("c", "excessiveTimeout"),
        "category": ("c", "invalidDebugOptions"),
        "level": ("c", "warning"),
        "hint": "s",
        "timeout": "i",
    }
    _REQUIRED = ("code", "category", "level", "hint", "timeout")

    code: Literal["excessiveTimeout"]
    category: Literal["invalidDebugOptions"]
    level: Literal["warning"]
    hint: str
    timeout: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category

        level = self.level

        hint = self.hint

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "category": category,
                "level": level,
                "hint": hint,
                "timeout": timeout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal["excessiveTimeout"], d.pop("code"))
        if code != "excessiveTimeout":
            raise ValueError(f"code must match const 'excessiveTimeout', got '{code}'")

        category = cast(Literal["invalidDebugOptions"], d.pop("category"))
        if category != "invalidDebugOptions":
            raise ValueError(f"category must match const 'invalidDebugOptions', got '{category}'")

        level = cast(Literal["warning"], d.pop("level"))
        if level != "warning":
            raise ValueError(f"level must match const 'warning', got '{level}'")

        hint = d.pop("hint")

        timeout = d.pop("timeout")

        excessive_timeout_notice = cls(
            code=code,
            category=category,
            level=level,
            hint=hint,
            timeout=timeout,
        )

        excessive_timeout_notice.additional_properties = d
        return excessive_timeout_notice
